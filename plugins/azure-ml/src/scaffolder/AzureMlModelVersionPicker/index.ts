/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlModelVersionPicker } from './AzureMlModelVersionPicker';
export {
  AzureMlModelVersionPickerFieldSchema,
  type AzureMlModelVersionPickerUiOptions,
} from './schema';
export { azureMlModelVersionPickerValidation } from './validation';
