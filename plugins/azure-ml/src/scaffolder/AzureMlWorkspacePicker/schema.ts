/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  makeFieldSchema,
  type FieldSchema,
} from '@backstage/plugin-scaffolder-react';

/**
 * The `ui:options` of the `AzureMlWorkspacePicker` field.
 *
 * @public
 */
export interface AzureMlWorkspacePickerUiOptions {
  /**
   * The template secret to put the user's Entra token in.
   *
   * @defaultValue `azureMlUserToken`
   */
  secretsKey?: string;
}

/**
 * The schema of the `AzureMlWorkspacePicker` field: its value is the ARM id
 * of an Azure Machine Learning workspace the user can use.
 *
 * @public
 */
export const AzureMlWorkspacePickerFieldSchema: FieldSchema<
  string,
  AzureMlWorkspacePickerUiOptions
> = makeFieldSchema({
  output: z =>
    z
      .string()
      .describe(
        'The Azure Resource Manager id of the Azure Machine Learning workspace',
      ),
  uiOptions: z =>
    z.object({
      secretsKey: z
        .string()
        .optional()
        .describe(
          "The template secret to put the user's Microsoft Entra token for the portal's API in, so the template's actions run as the user (default azureMlUserToken)",
        ),
    }),
});
