/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlEnvironmentPicker } from './AzureMlEnvironmentPicker';
export {
  AzureMlEnvironmentPickerFieldSchema,
  type AzureMlEnvironmentPickerUiOptions,
} from './schema';
export { azureMlEnvironmentPickerValidation } from './validation';
