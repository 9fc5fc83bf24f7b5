/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A model version of the workspace, named by its model and version.
 *
 * @internal
 */
export interface ModelVersionName {
  name: string;
  version: string;
}

const ASSET_ID = /^azureml:([^:/@]+):([^:/@]+)$/;
const ARM_ID = /\/workspaces\/[^/]+\/models\/([^/]+)\/versions\/([^/]+)$/i;

/**
 * The model version a deployment serves, when its model id names one of a
 * workspace: an Azure Resource Manager id ending in
 * `.../workspaces/<ws>/models/<name>/versions/<v>`, or an asset id
 * `azureml:<name>:<v>`. A registry model (`azureml://registries/...`) or a
 * reference without a version (`azureml:<name>@latest`) gives `undefined`.
 *
 * @internal
 */
export function parseModelVersion(model: string): ModelVersionName | undefined {
  const match = ASSET_ID.exec(model) ?? ARM_ID.exec(model);
  if (!match) return undefined;
  return { name: match[1], version: match[2] };
}
