/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export { AzureMlWorkspacePicker } from './AzureMlWorkspacePicker';
export {
  AzureMlWorkspacePickerFieldSchema,
  type AzureMlWorkspacePickerUiOptions,
} from './schema';
export { azureMlWorkspacePickerValidation } from './validation';
