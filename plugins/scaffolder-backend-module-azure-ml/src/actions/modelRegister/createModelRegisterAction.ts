/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlModelRegisterPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import { assetKinds } from '../../service/AssetVersions';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import type { UserAzure } from '../../service/UserAzureClients';
import { registerAssetVersion } from '../registerAssetVersion';
import { parseJobOutputPath } from './jobOutputPath';
import { modelRegisterInput, modelRegisterOutput } from './modelRegisterSchema';

/**
 * The id of the action that registers a model version.
 *
 * @public
 */
export const MODEL_REGISTER_ACTION_ID = 'azureml:model:register';

/** Outputs every job has without declaring them: what it logged, and its default output. */
const IMPLICIT_OUTPUTS = ['artifacts', 'default'];

const EXAMPLE = `steps:
  - id: register-model
    name: Register the trained model
    action: ${MODEL_REGISTER_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      name: vision-classifier
      type: mlflow_model
      path: azureml://jobs/\${{ steps['submit-job'].output.jobName }}/outputs/artifacts/paths/model`;

/** The link to the job that made the model, checked to be a completed job. */
async function checkTrainingJob(
  azure: UserAzure,
  workspace: { resourceGroup: string; workspaceName: string },
  jobName: string,
  outputName?: string,
): Promise<void> {
  const { resourceGroup: rg, workspaceName: ws } = workspace;
  const job = await azure
    .call(`Read job ${jobName} in workspace ${ws}`, ({ ml }) =>
      ml.jobs.get(rg, ws, jobName),
    )
    .catch(error => {
      if ((error as Error)?.name !== 'NotFoundError') throw error;
      throw new InputError(
        `There is no job ${jobName} in workspace ${ws} to register the model from`,
      );
    });
  const status = job.properties.status ?? 'Unknown';
  if (status !== 'Completed') {
    throw new InputError(
      `Job ${jobName} is ${status}: register its model once the job has completed`,
    );
  }
  const outputs = Object.keys(
    (job.properties as { outputs?: Record<string, unknown> }).outputs ?? {},
  );
  if (
    outputName &&
    !IMPLICIT_OUTPUTS.includes(outputName) &&
    !outputs.includes(outputName)
  ) {
    throw new InputError(
      `Job ${jobName} has no output ${outputName}; its outputs are ${[
        ...IMPLICIT_OUTPUTS,
        ...outputs,
      ].join(', ')}`,
    );
  }
}

/**
 * `azureml:model:register`: a new model version from a job output or a
 * path, linked to the job that trained it, as the user who runs the
 * template.
 *
 * @internal
 */
export function createModelRegisterAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: MODEL_REGISTER_ACTION_ID,
    description:
      "Registers a version of an Azure ML model from a job output (azureml://jobs/<job>/outputs/<output>) or a path, keeping the link to the job (the version's jobName), as the user who runs the template (task secret azureMlUserToken); checks azureMl.model.register on the workspace entity and records the attempt in the Azure ML audit log.",
    supportsDryRun: true,
    examples: [
      { description: 'Register the model a job logged', example: EXAMPLE },
    ],
    schema: { input: modelRegisterInput, output: modelRegisterOutput },
    async handler(ctx) {
      const input = parseActionInput(
        MODEL_REGISTER_ACTION_ID,
        modelRegisterInput(z),
        ctx.input,
      );
      const output = parseJobOutputPath(input.path);
      if (output && input.jobName && input.jobName !== output.jobName) {
        throw new InputError(
          `Invalid input for ${MODEL_REGISTER_ACTION_ID}, nothing was done: jobName ${input.jobName} is not the job of path ${input.path} (${output.jobName}); leave jobName out`,
        );
      }
      const jobName = output?.jobName ?? input.jobName;
      const plan = await registerAssetVersion(runtime, ctx, {
        input,
        kind: assetKinds.model,
        action: 'model.register',
        permission: azureMlModelRegisterPermission,
        parameters: {
          type: input.type,
          path: input.path,
          ...(jobName ? { jobName } : {}),
        },
        check: async (azure, { workspace }) => {
          if (jobName) {
            await checkTrainingJob(
              azure,
              workspace.ref,
              jobName,
              output?.outputName,
            );
          }
        },
        properties: () => ({
          container: {},
          version: {
            modelType: input.type,
            modelUri: input.path,
            ...(jobName ? { jobName } : {}),
          },
        }),
      });
      ctx.output('id', plan.id);
      ctx.output('name', plan.name);
      ctx.output('version', plan.version);
      ctx.output('assetId', `azureml:${plan.name}:${plan.version}`);
      if (jobName) ctx.output('jobName', jobName);
    },
  });
}
