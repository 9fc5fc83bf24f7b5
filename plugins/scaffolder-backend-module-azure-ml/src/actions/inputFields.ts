/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  findNameProblem,
  type ResourceNameRule,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { z as zod } from 'zod/v3';

/** The zod (v3 API) the scaffolder hands action schemas. */
export type Zod = typeof zod;

/**
 * A string that must follow one of Azure's naming rules, checked with the
 * rule's own words.
 *
 * @internal
 */
export function nameField(z: Zod, rule: ResourceNameRule, description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = findNameProblem(rule, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(description);
}

/** The `workspace` input every Azure ML action takes. */
export function workspaceField(z: Zod) {
  return z
    .string()
    .min(1)
    .describe(
      'The Azure ML workspace: its Azure Resource Manager id (/subscriptions/…/providers/Microsoft.MachineLearningServices/workspaces/<name>) or the entity ref of its catalog entity (system:default/mlw-vision). Its catalog entity is what the Backstage permission is checked against.',
    );
}

/** An asset version, optional: the asset's next version when left out. */
export function versionField(z: Zod, rule: ResourceNameRule, noun: string) {
  return nameField(
    z,
    rule,
    `The ${noun} version to create; it must not exist yet. The next version Azure proposes (1 for a new ${noun}) when left out.`,
  ).optional();
}

/** A description of what is created. */
export function descriptionField(z: Zod, noun: string) {
  return z
    .string()
    .max(5000)
    .optional()
    .describe(`A description of the ${noun}`);
}

const TAG_KEY = /^[^<>%&\\?/]{1,512}$/;

/** Azure tags: names without `<>%&\?/`, values of at most 256 characters. */
export function tagsField(z: Zod, noun: string) {
  return z
    .record(
      z.string().regex(TAG_KEY, {
        message: 'tag names are 1-512 characters without < > % & \\ ? /',
      }),
      z.string().max(256),
    )
    .optional()
    .describe(`Tags of the ${noun}, as name: value`);
}

/**
 * Where data lives in storage: a datastore path
 * (`azureml://datastores/<datastore>/paths/<path>`, also in its long form
 * with subscription, resource group and workspace) or a storage URL
 * (`https://`, `abfss://`, `wasbs://`).
 */
const STORAGE_PATH =
  /^(azureml:\/\/(subscriptions\/[^/\s]+\/resourcegroups\/[^/\s]+\/workspaces\/[^/\s]+\/)?datastores\/[^/\s]+\/paths\/\S+|https:\/\/\S+|abfss:\/\/\S+|wasbs:\/\/\S+)$/i;

/** Whether a value is a storage path {@link STORAGE_PATH} accepts. */
export function isStoragePath(value: string): boolean {
  return STORAGE_PATH.test(value);
}

/** A path in storage, as data and code are registered from. */
export function storagePathField(z: Zod, description: string) {
  return z
    .string()
    .max(2048)
    .regex(STORAGE_PATH, {
      message:
        'must be a datastore path such as azureml://datastores/workspaceblobstore/paths/data/train/ or a storage URL (https://, abfss://, wasbs://)',
    })
    .describe(description);
}
