/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  makeFieldSchema,
  type FieldSchema,
} from '@backstage/plugin-scaffolder-react';
import { WORKSPACE_FIELD_DESCRIPTION } from '../shared/workspaceField';

/**
 * The `ui:options` of the `AzureMlModelVersionPicker` field.
 *
 * @public
 */
export interface AzureMlModelVersionPickerUiOptions {
  /**
   * The name of the form field holding the workspace's id (an
   * `AzureMlWorkspacePicker`); a dot-separated path for a field inside an
   * object.
   *
   * @defaultValue `workspace`
   */
  workspaceField?: string;
}

/**
 * The schema of the `AzureMlModelVersionPicker` field: its value is a
 * reference to one version of a registered model of the workspace picked
 * in the form, `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlModelVersionPickerFieldSchema: FieldSchema<
  string,
  AzureMlModelVersionPickerUiOptions
> = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'A registered model version of the workspace, as azureml:<name>:<version>',
      ),
  uiOptions: z =>
    z.object({
      workspaceField: z
        .string()
        .optional()
        .describe(WORKSPACE_FIELD_DESCRIPTION),
    }),
});
