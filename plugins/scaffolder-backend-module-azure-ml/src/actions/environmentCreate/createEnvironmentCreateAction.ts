/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlEnvironmentCreatePermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import { assetKinds } from '../../service/AssetVersions';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { registerAssetVersion } from '../registerAssetVersion';
import {
  environmentCreateInput,
  environmentCreateOutput,
} from './environmentCreateSchema';

/**
 * The id of the action that creates an environment version.
 *
 * @public
 */
export const ENVIRONMENT_CREATE_ACTION_ID = 'azureml:environment:create';

/** The base image a conda file is installed on when none is given, as the Azure ML CLI's. */
export const DEFAULT_BASE_IMAGE =
  'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest';

const EXAMPLE = `steps:
  - id: environment
    name: Create the training environment
    action: ${ENVIRONMENT_CREATE_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      name: vision-training
      image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest
      condaFile: |
        name: vision-training
        channels: [conda-forge]
        dependencies:
          - python=3.10
          - pip
          - pip: [mlflow, azureml-mlflow, torch]`;

/**
 * `azureml:environment:create`: a new environment version from a Docker
 * image or a conda file (installed on a base image), as the user who runs
 * the template.
 *
 * @internal
 */
export function createEnvironmentCreateAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: ENVIRONMENT_CREATE_ACTION_ID,
    description:
      'Creates a version of an Azure ML environment from a Docker image or a conda file, as the user who runs the template (task secret azureMlUserToken); checks azureMl.environment.create on the workspace entity and records the attempt in the Azure ML audit log. Azure ML builds the image when a job first uses it.',
    supportsDryRun: true,
    examples: [
      { description: 'An environment from a conda file', example: EXAMPLE },
    ],
    schema: { input: environmentCreateInput, output: environmentCreateOutput },
    async handler(ctx) {
      const input = parseActionInput(
        ENVIRONMENT_CREATE_ACTION_ID,
        environmentCreateInput(z),
        ctx.input,
      );
      const image = input.image ?? DEFAULT_BASE_IMAGE;
      const plan = await registerAssetVersion(runtime, ctx, {
        input,
        kind: assetKinds.environment,
        action: 'environment.create',
        permission: azureMlEnvironmentCreatePermission,
        parameters: {
          image,
          osType: input.osType,
          condaFile: Boolean(input.condaFile),
        },
        properties: () => ({
          container: {},
          version: {
            image,
            osType: input.osType,
            ...(input.condaFile ? { condaFile: input.condaFile } : {}),
          },
        }),
      });
      ctx.output('id', plan.id);
      ctx.output('name', plan.name);
      ctx.output('version', plan.version);
      ctx.output('assetId', `azureml:${plan.name}:${plan.version}`);
      ctx.output('image', image);
    },
  });
}
