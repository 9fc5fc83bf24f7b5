/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The asset name an Azure ML reference points at inside its workspace:
 * `azureml:{name}:{version}`, `azureml:{name}@latest` or an ARM id
 * `…/{collection}/{name}/versions/{version}`. References to registries or
 * other workspaces' assets give `undefined`.
 *
 * @param collection - The ARM collection of the asset, `models` or `data`.
 * @internal
 */
export function assetReferenceName(
  reference: string | undefined,
  collection: 'models' | 'data',
): string | undefined {
  if (!reference) return undefined;
  const short = /^azureml:([^/:@]+)(?:[:@].*)?$/i.exec(reference);
  if (short) return short[1];
  const armId = new RegExp(
    `/workspaces/[^/]+/${collection}/([^/]+)(?:/versions/[^/]+)?$`,
    'i',
  ).exec(reference);
  return armId?.[1];
}
