/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/**
 * The `AzureMlWorkspacePicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/workspace-picker`.
 *
 * @alpha
 */
export const azureMlWorkspacePickerFormField = FormFieldBlueprint.make({
  name: 'workspace-picker',
  params: {
    field: () => import('./formFields').then(m => m.workspacePickerFormField),
  },
});

/**
 * The `AzureMlComputePicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/compute-picker`.
 *
 * @alpha
 */
export const azureMlComputePickerFormField = FormFieldBlueprint.make({
  name: 'compute-picker',
  params: {
    field: () => import('./formFields').then(m => m.computePickerFormField),
  },
});

/**
 * The `AzureMlEnvironmentPicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/environment-picker`.
 *
 * @alpha
 */
export const azureMlEnvironmentPickerFormField = FormFieldBlueprint.make({
  name: 'environment-picker',
  params: {
    field: () => import('./formFields').then(m => m.environmentPickerFormField),
  },
});

/**
 * The `AzureMlDataAssetPicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/data-asset-picker`.
 *
 * @alpha
 */
export const azureMlDataAssetPickerFormField = FormFieldBlueprint.make({
  name: 'data-asset-picker',
  params: {
    field: () => import('./formFields').then(m => m.dataAssetPickerFormField),
  },
});

/**
 * The `AzureMlEndpointPicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/endpoint-picker`.
 *
 * @alpha
 */
export const azureMlEndpointPickerFormField = FormFieldBlueprint.make({
  name: 'endpoint-picker',
  params: {
    field: () => import('./formFields').then(m => m.endpointPickerFormField),
  },
});

/**
 * The `AzureMlModelVersionPicker` form field of software templates:
 * `scaffolder-form-field:azure-ml/model-version-picker`.
 *
 * @alpha
 */
export const azureMlModelVersionPickerFormField = FormFieldBlueprint.make({
  name: 'model-version-picker',
  params: {
    field: () =>
      import('./formFields').then(m => m.modelVersionPickerFormField),
  },
});
