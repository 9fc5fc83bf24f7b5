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
 * The `ui:options` of the `AzureMlEndpointPicker` field.
 *
 * @public
 */
export interface AzureMlEndpointPickerUiOptions {
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
 * The schema of the `AzureMlEndpointPicker` field: its value is the name of
 * an online endpoint of the workspace picked in the form.
 *
 * @public
 */
export const AzureMlEndpointPickerFieldSchema: FieldSchema<
  string,
  AzureMlEndpointPickerUiOptions
> = makeFieldSchema({
  output: z =>
    z.string().describe('The name of an online endpoint of the workspace'),
  uiOptions: z =>
    z.object({
      workspaceField: z
        .string()
        .optional()
        .describe(WORKSPACE_FIELD_DESCRIPTION),
    }),
});
