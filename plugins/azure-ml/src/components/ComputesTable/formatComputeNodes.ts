/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlCompute } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * A cluster's nodes as `current / min–max`, for example `2 / 0–4`; empty for
 * computes that do not scale (a compute instance, an attached cluster).
 *
 * @internal
 */
export function formatComputeNodes(
  compute: Pick<
    AzureMlCompute,
    'currentNodeCount' | 'minNodeCount' | 'maxNodeCount'
  >,
): string {
  const { currentNodeCount, minNodeCount, maxNodeCount } = compute;
  if (minNodeCount === undefined && maxNodeCount === undefined) {
    return currentNodeCount === undefined ? '' : String(currentNodeCount);
  }
  const current = currentNodeCount ?? '?';
  return `${current} / ${minNodeCount ?? 0}–${maxNodeCount ?? '?'}`;
}
