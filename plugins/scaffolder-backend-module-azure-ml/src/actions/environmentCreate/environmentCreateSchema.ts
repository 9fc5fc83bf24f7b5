/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import { parse as parseYaml } from 'yaml';
import {
  descriptionField,
  nameField,
  tagsField,
  versionField,
  workspaceField,
  type Zod,
} from '../inputFields';

/** A Docker image reference: `[registry/]repository[:tag][@digest]`. */
const IMAGE =
  /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;

/** Why a conda file is not one Azure ML can build, or undefined. */
export function condaFileProblem(text: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    return `is not YAML: ${(error as Error).message.split('\n')[0]}`;
  }
  const dependencies = (parsed as { dependencies?: unknown } | null)
    ?.dependencies;
  if (!Array.isArray(dependencies) || dependencies.length === 0) {
    return 'must be a conda environment file with a list of dependencies (dependencies: [python=3.10, pip, ...])';
  }
  return undefined;
}

/**
 * The input of `azureml:environment:create`.
 *
 * @internal
 */
export const environmentCreateInput = (z: Zod) =>
  z
    .object({
      workspace: workspaceField(z),
      name: nameField(
        z,
        resourceNameRules.environmentName,
        'The environment name, e.g. vision-training',
      ),
      version: versionField(
        z,
        resourceNameRules.environmentVersion,
        'environment',
      ),
      image: z
        .string()
        .max(512)
        .regex(IMAGE, {
          message:
            'must be a Docker image reference such as mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
        })
        .optional()
        .describe(
          'The Docker image, e.g. mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest; with a conda file, the base image it is installed on (that image by default)',
        ),
      condaFile: z
        .string()
        .max(100_000)
        .superRefine((text, ctx) => {
          const problem = condaFileProblem(text);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional()
        .describe(
          'The contents of a conda environment file (YAML with name, channels and dependencies), installed on the image',
        ),
      osType: z
        .enum(['Linux', 'Windows'])
        .default('Linux')
        .describe('The operating system of the image; Linux by default'),
      description: descriptionField(z, 'environment version'),
      tags: tagsField(z, 'environment version'),
    })
    .strict()
    .refine(input => input.image || input.condaFile, {
      message: 'give an image, a condaFile, or both',
      path: ['image'],
    });

/**
 * The output of `azureml:environment:create`.
 *
 * @internal
 */
export const environmentCreateOutput = (z: Zod) =>
  z.object({
    id: z.string().describe('The Azure Resource Manager id of the new version'),
    name: z.string().describe('The environment name'),
    version: z.string().describe('The version created'),
    assetId: z
      .string()
      .describe(
        'How jobs refer to it: azureml:<name>:<version> (the environment input of azureml:job:submit)',
      ),
    image: z.string().describe('The image the environment is built from'),
  });
