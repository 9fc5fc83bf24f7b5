/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ComputeResource } from '@azure/arm-machinelearning';
import type { AzureMlCompute } from '@azure-ml-backstage/plugin-azure-ml-common';
import { stringRecord } from './stringRecord';

/** The parts of a compute's type-specific properties the plugins show. */
type ComputeDetails = {
  vmSize?: string;
  scaleSettings?: { minNodeCount?: number; maxNodeCount?: number };
  currentNodeCount?: number;
};

/**
 * Maps a compute target from ARM.
 *
 * @internal
 */
export function mapCompute(compute: ComputeResource): AzureMlCompute {
  const p = compute.properties;
  const details = ((p as { properties?: ComputeDetails } | undefined)
    ?.properties ?? {}) as ComputeDetails;
  const mapped: AzureMlCompute = {
    id: compute.id ?? '',
    name: compute.name ?? '',
    computeType: p?.computeType ?? 'Unknown',
    location: compute.location ?? p?.computeLocation ?? '',
    provisioningState: p?.provisioningState ?? 'Unknown',
    tags: stringRecord(compute.tags),
  };
  if (details.vmSize) mapped.vmSize = details.vmSize;
  const scale = details.scaleSettings;
  if (typeof scale?.minNodeCount === 'number')
    mapped.minNodeCount = scale.minNodeCount;
  if (typeof scale?.maxNodeCount === 'number')
    mapped.maxNodeCount = scale.maxNodeCount;
  if (typeof details.currentNodeCount === 'number')
    mapped.currentNodeCount = details.currentNodeCount;
  return mapped;
}
