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
 * The kinds of data a data asset holds.
 *
 * @public
 */
export type AzureMlDataType = 'uri_file' | 'uri_folder' | 'mltable';

/**
 * The `ui:options` of the `AzureMlDataAssetPicker` field.
 *
 * @public
 */
export interface AzureMlDataAssetPickerUiOptions {
  /**
   * The name of the form field holding the workspace's id (an
   * `AzureMlWorkspacePicker`); a dot-separated path for a field inside an
   * object.
   *
   * @defaultValue `workspace`
   */
  workspaceField?: string;
  /**
   * Offer only data assets of these kinds.
   *
   * @defaultValue every kind
   */
  dataTypes?: AzureMlDataType[];
}

/**
 * The schema of the `AzureMlDataAssetPicker` field: its value is a
 * reference to one version of a data asset of the workspace picked in the
 * form, `azureml:<name>:<version>`.
 *
 * @public
 */
export const AzureMlDataAssetPickerFieldSchema: FieldSchema<
  string,
  AzureMlDataAssetPickerUiOptions
> = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'A data asset version of the workspace, as azureml:<name>:<version>',
      ),
  uiOptions: z =>
    z.object({
      workspaceField: z
        .string()
        .optional()
        .describe(WORKSPACE_FIELD_DESCRIPTION),
      dataTypes: z
        .array(z.enum(['uri_file', 'uri_folder', 'mltable']))
        .optional()
        .describe('Offer only data assets of these kinds (default every kind)'),
    }),
});
