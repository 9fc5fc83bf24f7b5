/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  descriptionField,
  nameField,
  storagePathField,
  tagsField,
  versionField,
  workspaceField,
  type Zod,
} from '../inputFields';

/** The data types a data asset version can have. */
export const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'] as const;

/**
 * The input of `azureml:data:register`.
 *
 * @internal
 */
export const dataRegisterInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      name: nameField(
        z,
        resourceNameRules.dataName,
        'The data asset name, e.g. vision-train-images; a new asset or one that exists',
      ),
      version: versionField(z, resourceNameRules.dataVersion, 'data asset'),
      type: z
        .enum(DATA_TYPES)
        .default('uri_folder')
        .describe(
          'uri_file (one file), uri_folder (a folder) or mltable (a folder with an MLTable file); uri_folder by default',
        ),
      path: storagePathField(
        z,
        'Where the data is: a datastore path such as azureml://datastores/workspaceblobstore/paths/data/train/, or a storage URL',
      ),
      description: descriptionField(z, 'data asset version'),
      tags: tagsField(z, 'data asset version'),
      catalogWaitSeconds: z
        .number()
        .int()
        .min(0)
        .max(300)
        .default(30)
        .describe(
          "How long to wait for the data asset's catalog entity after registering, in seconds (30 by default; 0 looks once); without it by then, entityRef is left out and the step still succeeds",
        ),
    })
    .strict();

/**
 * The output of `azureml:data:register`.
 *
 * @internal
 */
export const dataRegisterOutput = (z: Zod) =>
  z.object({
    id: z.string().describe('The Azure Resource Manager id of the new version'),
    name: z.string().describe('The data asset name'),
    version: z.string().describe('The version created'),
    assetId: z
      .string()
      .describe('How jobs refer to it: azureml:<name>:<version>'),
    tenantId: z.string().describe("The tenant of the workspace's subscription"),
    studioUrl: z
      .string()
      .describe('The data asset version in Azure Machine Learning studio'),
    portalUrl: z
      .string()
      .describe(
        "The data asset's page in the portal, a path: its catalog entity's page (/catalog/default/resource/<name>), else the workspace's data assets (/catalog/default/system/mlw-vision/azure-ml/data)",
      ),
    entityRef: z
      .string()
      .optional()
      .describe(
        "The data asset's catalog entity, e.g. resource:default/mlw-vision-data-<name>, once the catalog shows it; left out in a dry run or when it did not appear within catalogWaitSeconds",
      ),
  });
