/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlCompute } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { PickerOption } from '../shared/PickerOption';

/**
 * A compute as the picker offers it: by name, with its kind, size and
 * state.
 *
 * @internal
 */
export function computeOption(compute: AzureMlCompute): PickerOption {
  return {
    value: compute.name,
    label: compute.name,
    detail: [compute.computeType, compute.vmSize, compute.provisioningState]
      .filter(Boolean)
      .join(' · '),
  };
}
