/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { workspaceChildRefSchema } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The kinds of asset version a picker refers to.
 *
 * @internal
 */
export type PickedAssetKind = 'data' | 'environment';

const EXAMPLES: Record<PickedAssetKind, string> = {
  data: 'azureml:defect-images:3',
  environment: 'azureml:sklearn-env:2',
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
    kind === 'data'
      ? { kind: 'dataVersion', dataName: name, version }
      : { kind: 'environmentVersion', environmentName: name, version },
  );
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
