/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlEndpointPicker } from './AzureMlEndpointPicker';
export {
  AzureMlEndpointPickerFieldSchema,
  type AzureMlEndpointPickerUiOptions,
} from './schema';
export { azureMlEndpointPickerValidation } from './validation';
