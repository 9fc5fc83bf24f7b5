/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceChildRefSchema,
  type WorkspaceChildRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The kinds of asset version a picker refers to.
 *
 * @internal
 */
export type PickedAssetKind = 'data' | 'environment' | 'model';

const EXAMPLES: Record<PickedAssetKind, string> = {
  data: 'azureml:defect-images:3',
  environment: 'azureml:sklearn-env:2',
  model: 'azureml:defect-classifier:3',
};

/** The workspace child a reference of each kind names, for Azure's naming rules. */
const CHILD_REFS: Record<
  PickedAssetKind,
  (name: string, version: string) => WorkspaceChildRef
> = {
  data: (dataName, version) => ({ kind: 'dataVersion', dataName, version }),
  environment: (environmentName, version) => ({
    kind: 'environmentVersion',
    environmentName,
    version,
  }),
  model: (modelName, version) => ({ kind: 'modelVersion', modelName, version }),
};

/**
 * The short reference to one version of an asset, `azureml:<name>:<version>`,
 * as jobs and templates write it.
 *
 * @internal
 */
export function formatAssetVersionReference(
  name: string,
  version: string,
): string {
  return `azureml:${name}:${version}`;
}

/**
 * Why `value` is not a reference to one version of an asset of `kind` that
 * Azure allows, or `undefined` when it is one.
 *
 * @internal
 */
export function findAssetVersionReferenceProblem(
  kind: PickedAssetKind,
  value: string,
): string | undefined {
  const parts = /^azureml:([^:]+):([^:]+)$/.exec(value);
  if (!parts) {
    return `"${value}" is not of the form azureml:<name>:<version>, for example ${EXAMPLES[kind]}`;
  }
  const [, name, version] = parts;
  const parsed = workspaceChildRefSchema.safeParse(
    CHILD_REFS[kind](name, version),
  );
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
