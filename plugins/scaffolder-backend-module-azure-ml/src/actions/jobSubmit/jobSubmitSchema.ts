/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import {
  descriptionField,
  isStoragePath,
  nameField,
  tagsField,
  workspaceField,
  type Zod,
} from '../inputFields';

/** `azureml:<name>:<version>`: a registered asset, as jobs refer to one. */
export const ASSET_REFERENCE =
  /^azureml:([a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}):([a-zA-Z0-9][a-zA-Z0-9_.-]{0,254})$/;

/** How a job mounts or copies a data input. */
const INPUT_MODES = ['ReadOnlyMount', 'Download', 'Direct'] as const;

/** Names of job inputs and environment variables: identifiers. */
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]{0,254}$/;

/**
 * A folder of the task workspace, relative to it: no absolute path (`/…`,
 * `\\…`, `C:…`) and no `..` that could climb out of it.
 */
function workspaceFolderField(z: Zod, description: string) {
  return z
    .string()
    .min(1)
    .max(1024)
    .refine(p => !/^([/\\]|[a-zA-Z]:)/.test(p), {
      message:
        'must be a folder relative to the task workspace, e.g. ./src, not an absolute path',
    })
    .refine(p => !p.split(/[/\\]/).includes('..') && !p.includes('\0'), {
      message: 'must stay inside the task workspace: ".." is not allowed',
    })
    .describe(description);
}

const experimentRule = {
  ...resourceNameRules.jobName,
  label: 'experiment name',
};

function jobInput(z: Zod) {
  const dataInput = z
    .object({
      type: z.enum(['uri_file', 'uri_folder', 'mltable']),
      path: z
        .string()
        .max(2048)
        .refine(p => ASSET_REFERENCE.test(p) || isStoragePath(p), {
          message:
            'must be a data asset (azureml:<name>:<version>), a datastore path (azureml://datastores/<datastore>/paths/<path>) or a storage URL',
        })
        .describe(
          'A data asset (azureml:<name>:<version>), a datastore path or a storage URL',
        ),
      mode: z
        .enum(INPUT_MODES)
        .optional()
        .describe('ReadOnlyMount (the default), Download or Direct'),
    })
    .strict();
  const literal = z
    .object({
      type: z.literal('literal'),
      value: z.union([z.string(), z.number(), z.boolean()]),
    })
    .strict();
  return z
    .union([z.string(), z.number(), z.boolean(), literal, dataInput])
    .describe(
      'A literal value (string, number or boolean, or { type: literal, value }), or data: { type: uri_file | uri_folder | mltable, path, mode }',
    );
}

/**
 * The input of `azureml:job:submit`.
 *
 * @internal
 */
export const jobSubmitInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      command: z
        .string()
        .min(1)
        .max(10_000)
        .describe(
          'The command the job runs, e.g. python train.py --data ${{inputs.training_data}}',
        ),
      environment: z
        .string()
        .min(1)
        .max(2048)
        .describe(
          'The environment: azureml:<name>:<version> or azureml:<name>@latest (in the workspace), its ARM id, or a registry environment (azureml://registries/<registry>/environments/<name>/versions/<version>)',
        ),
      compute: z
        .string()
        .min(1)
        .max(1024)
        .optional()
        .describe(
          'The compute cluster: its name (or azureml:<name>) or ARM id; serverless compute when left out',
        ),
      code: z
        .string()
        .min(1)
        .max(2048)
        .optional()
        .describe(
          'The code the command runs in: a code asset (azureml:<name>:<version> or its ARM id), or a datastore path or storage URL of the code, which is registered as a code asset for the job',
        ),
      codePath: workspaceFolderField(
        z,
        "A folder of the task workspace (relative, e.g. ./src) to upload to the workspace's default datastore (workspaceblobstore) and register as the job's code asset, as az ml job create does; instead of code",
      ).optional(),
      inputs: z
        .record(
          z.string().regex(IDENTIFIER, {
            message:
              'input names start with a letter or "_" and hold letters, digits and "_"',
          }),
          jobInput(z),
        )
        .optional()
        .describe('The job inputs, by name'),
      environmentVariables: z
        .record(
          z.string().regex(IDENTIFIER, {
            message:
              'variable names start with a letter or "_" and hold letters, digits and "_"',
          }),
          z.string().max(32_768),
        )
        .optional()
        .describe('Environment variables of the job'),
      experimentName: nameField(
        z,
        experimentRule,
        'The experiment the job belongs to; Default when left out',
      ).optional(),
      name: nameField(
        z,
        resourceNameRules.jobName,
        'The job name, which must not exist yet; generated from the experiment name when left out',
      ).optional(),
      displayName: z
        .string()
        .max(256)
        .optional()
        .describe('The name the job is shown with'),
      description: descriptionField(z, 'job'),
      tags: tagsField(z, 'job'),
      startTimeoutSeconds: z
        .number()
        .int()
        .min(1)
        .max(3600)
        .default(600)
        .describe(
          'How long to wait for the job to be queued or running, in seconds (600 by default); a job that is not by then is canceled and deleted',
        ),
    })
    .strict();

/**
 * Refuses a job input that gives its code twice: as `code` (already in
 * Azure ML or storage) and as `codePath` (a folder to upload). The schema
 * cannot say so without losing its object shape.
 *
 * @throws InputError worded as `parseActionInput` words its refusals.
 * @internal
 */
export function checkOneCodeSource(
  actionId: string,
  input: { code?: string; codePath?: string },
): void {
  if (input.code && input.codePath) {
    throw new InputError(
      `Invalid input for ${actionId}, nothing was done: code, codePath: give one of them, not both; code names code already in Azure ML or storage, codePath a folder of the task workspace to upload`,
    );
  }
}

/**
 * The output of `azureml:job:submit`.
 *
 * @internal
 */
export const jobSubmitOutput = (z: Zod) =>
  z.object({
    jobName: z.string().describe('The job name'),
    jobId: z.string().describe('The Azure Resource Manager id of the job'),
    status: z
      .string()
      .describe('The job status when the action ended: Queued, Running, …'),
    experimentName: z.string().describe('The experiment of the job'),
    studioUrl: z.string().describe('The job in Azure Machine Learning studio'),
    portalUrl: z
      .string()
      .describe(
        "The job's page in the portal, a path such as /catalog/default/system/mlw-vision/azure-ml/jobs/<name>",
      ),
  });
