/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlDataAsset } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatAssetVersionReference } from '../shared/assetVersionReference';
import type { PickerOption } from '../shared/PickerOption';

/**
 * A data asset version as the picker offers it: `name:version`, with its
 * kind and where the data is.
 *
 * @internal
 */
export function dataAssetOption(asset: AzureMlDataAsset): PickerOption {
  return {
    value: formatAssetVersionReference(asset.name, asset.version),
    label: `${asset.name}:${asset.version}`,
    detail: `${asset.dataType} · ${asset.dataUri}`,
  };
}
