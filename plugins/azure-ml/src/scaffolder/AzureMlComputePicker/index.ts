/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlComputePicker } from './AzureMlComputePicker';
export {
  AzureMlComputePickerFieldSchema,
  type AzureMlComputePickerUiOptions,
} from './schema';
export { azureMlComputePickerValidation } from './validation';
