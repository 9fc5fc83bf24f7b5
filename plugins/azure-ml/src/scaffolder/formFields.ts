/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  AzureMlComputePicker,
  AzureMlComputePickerFieldSchema,
  azureMlComputePickerValidation,
} from './AzureMlComputePicker';
import {
  AzureMlDataAssetPicker,
  AzureMlDataAssetPickerFieldSchema,
  azureMlDataAssetPickerValidation,
} from './AzureMlDataAssetPicker';
import {
  AzureMlEndpointPicker,
  AzureMlEndpointPickerFieldSchema,
  azureMlEndpointPickerValidation,
} from './AzureMlEndpointPicker';
import {
  AzureMlEnvironmentPicker,
  AzureMlEnvironmentPickerFieldSchema,
  azureMlEnvironmentPickerValidation,
} from './AzureMlEnvironmentPicker';
import {
  AzureMlModelVersionPicker,
  AzureMlModelVersionPickerFieldSchema,
  azureMlModelVersionPickerValidation,
} from './AzureMlModelVersionPicker';
import {
  AzureMlWorkspacePicker,
  AzureMlWorkspacePickerFieldSchema,
  azureMlWorkspacePickerValidation,
} from './AzureMlWorkspacePicker';

// The form fields of the new frontend system, loaded when the scaffolder
// opens a form (see formFieldExtensions.ts).

/** @internal */
export const workspacePickerFormField = createFormField({
  name: 'AzureMlWorkspacePicker',
  component: AzureMlWorkspacePicker,
  validation: azureMlWorkspacePickerValidation,
  schema: AzureMlWorkspacePickerFieldSchema,
});

/** @internal */
export const computePickerFormField = createFormField({
  name: 'AzureMlComputePicker',
  component: AzureMlComputePicker,
  validation: azureMlComputePickerValidation,
  schema: AzureMlComputePickerFieldSchema,
});

/** @internal */
export const environmentPickerFormField = createFormField({
  name: 'AzureMlEnvironmentPicker',
  component: AzureMlEnvironmentPicker,
  validation: azureMlEnvironmentPickerValidation,
  schema: AzureMlEnvironmentPickerFieldSchema,
});

/** @internal */
export const dataAssetPickerFormField = createFormField({
  name: 'AzureMlDataAssetPicker',
  component: AzureMlDataAssetPicker,
  validation: azureMlDataAssetPickerValidation,
  schema: AzureMlDataAssetPickerFieldSchema,
});

/** @internal */
export const endpointPickerFormField = createFormField({
  name: 'AzureMlEndpointPicker',
  component: AzureMlEndpointPicker,
  validation: azureMlEndpointPickerValidation,
  schema: AzureMlEndpointPickerFieldSchema,
});

/** @internal */
export const modelVersionPickerFormField = createFormField({
  name: 'AzureMlModelVersionPicker',
  component: AzureMlModelVersionPicker,
  validation: azureMlModelVersionPickerValidation,
  schema: AzureMlModelVersionPickerFieldSchema,
});
