/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  descriptionField,
  isStoragePath,
  nameField,
  tagsField,
  versionField,
  workspaceField,
  type Zod,
} from '../inputFields';
import { isJobOutputPath } from './jobOutputPath';

/** The model types Azure ML registers. */
export const MODEL_TYPES = [
  'custom_model',
  'mlflow_model',
  'triton_model',
] as const;

/**
 * The input of `azureml:model:register`.
 *
 * @internal
 */
export const modelRegisterInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      name: nameField(
        z,
        resourceNameRules.modelName,
        'The model name, e.g. vision-classifier; a new model or one that exists',
      ),
      version: versionField(z, resourceNameRules.modelVersion, 'model'),
      path: z
        .string()
        .max(2048)
        .refine(path => isJobOutputPath(path) || isStoragePath(path), {
          message:
            'must be a job output (azureml://jobs/<job>/outputs/<output>[/paths/<path>]), a datastore path (azureml://datastores/<datastore>/paths/<path>) or a storage URL',
        })
        .describe(
          'Where the model is: a job output such as azureml://jobs/<job>/outputs/artifacts/paths/model (the model keeps the link to that job), a datastore path or a storage URL',
        ),
      jobName: nameField(
        z,
        resourceNameRules.jobName,
        'The job that trained the model, for a path that is not a job output; read from a job output path otherwise',
      ).optional(),
      type: z
        .enum(MODEL_TYPES)
        .default('custom_model')
        .describe(
          'custom_model, mlflow_model or triton_model; custom_model by default',
        ),
      description: descriptionField(z, 'model version'),
      tags: tagsField(z, 'model version'),
    })
    .strict();

/**
 * The output of `azureml:model:register`.
 *
 * @internal
 */
export const modelRegisterOutput = (z: Zod) =>
  z.object({
    id: z.string().describe('The Azure Resource Manager id of the new version'),
    name: z.string().describe('The model name'),
    version: z.string().describe('The version created'),
    assetId: z.string().describe('azureml:<name>:<version>'),
    jobName: z
      .string()
      .optional()
      .describe('The job the model is linked to, when there is one'),
  });
