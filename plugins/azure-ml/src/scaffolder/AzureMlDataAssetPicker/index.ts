/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlDataAssetPicker } from './AzureMlDataAssetPicker';
export {
  AzureMlDataAssetPickerFieldSchema,
  type AzureMlDataAssetPickerUiOptions,
  type AzureMlDataType,
} from './schema';
export { azureMlDataAssetPickerValidation } from './validation';
