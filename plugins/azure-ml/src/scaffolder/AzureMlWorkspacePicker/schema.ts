/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlPortalFeature } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  makeFieldSchema,
  type FieldSchema,
} from '@backstage/plugin-scaffolder-react';
import { workspaceFeatures } from './requiredFeatures';

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
  /**
   * The portal features the template's actions use in the workspace, for
   * example `job.submit` for `azureml:job:submit`. Once a workspace is
   * picked, the field asks the backend whether the user may use them there,
   * and refuses the workspace, with the reason, when one is denied.
   *
   * @defaultValue none: any workspace the user can read
   */
  requiredFeatures?: AzureMlPortalFeature[];
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
      requiredFeatures: z
        .array(
          z.enum(
            workspaceFeatures as [
              AzureMlPortalFeature,
              ...AzureMlPortalFeature[],
            ],
          ),
        )
        .optional()
        .describe(
          "The portal features the template's actions use in the workspace (for example job.submit); a workspace where the user is denied one is refused, with the reason, before the template runs",
        ),
    }),
});
