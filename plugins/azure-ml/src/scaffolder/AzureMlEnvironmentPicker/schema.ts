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
 * The `ui:options` of the `AzureMlEnvironmentPicker` field.
 *
 * @public
 */
export interface AzureMlEnvironmentPickerUiOptions {
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
 * The schema of the `AzureMlEnvironmentPicker` field: its value is a
 * reference to one version of an environment of the workspace picked in
 * the form, `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlEnvironmentPickerFieldSchema: FieldSchema<
  string,
  AzureMlEnvironmentPickerUiOptions
> = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'An environment version of the workspace, as azureml:<name>:<version>',
      ),
  uiOptions: z =>
    z.object({
      workspaceField: z
        .string()
        .optional()
        .describe(WORKSPACE_FIELD_DESCRIPTION),
    }),
});
