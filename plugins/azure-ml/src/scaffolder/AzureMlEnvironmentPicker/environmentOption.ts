/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlEnvironment } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatAssetVersionReference } from '../shared/assetVersionReference';
import type { PickerOption } from '../shared/PickerOption';

/**
 * An environment version as the picker offers it: `name:version`, with its
 * image or description.
 *
 * @internal
 */
export function environmentOption(
  environment: AzureMlEnvironment,
): PickerOption {
  return {
    value: formatAssetVersionReference(environment.name, environment.version),
    label: `${environment.name}:${environment.version}`,
    detail: environment.image ?? environment.description,
  };
}
