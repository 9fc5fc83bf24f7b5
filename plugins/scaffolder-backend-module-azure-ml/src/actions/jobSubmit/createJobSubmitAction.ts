/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import { azureMlJobSubmitPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { randomBytes } from 'node:crypto';
import { z } from 'zod/v3';
import type { AzureMlActionRuntime } from '../../service/AzureMlActionRuntime';
import { parseActionInput } from '../../service/parseActionInput';
import { onWorkspaceEntity } from '../../service/WorkspaceEntities';
import { commandJobBody } from './commandJobBody';
import { jobPortalPath, jobStudioUrl } from './jobLinks';
import { logDryRunUpload } from './codeUploadDryRun';
import {
  checkOneCodeSource,
  jobSubmitInput,
  jobSubmitOutput,
} from './jobSubmitSchema';
import { planCommandJob } from './planCommandJob';
import { submitCommandJob } from './submitCommandJob';

/**
 * The id of the action that submits a command job.
 *
 * @public
 */
export const JOB_SUBMIT_ACTION_ID = 'azureml:job:submit';

const EXAMPLE = `steps:
  - id: submit-job
    name: Submit the first training job
    action: ${JOB_SUBMIT_ACTION_ID}
    input:
      workspace: \${{ parameters.workspace }}
      experimentName: \${{ parameters.name }}
      displayName: First training run
      # A folder of the task workspace (e.g. written by fetch:template),
      # uploaded to the workspace's default datastore as az ml does:
      codePath: ./src
      command: python train.py --data \${{ '\${{inputs.training_data}}' }}
      environment: azureml:vision-training:1
      compute: gpu-cluster
      inputs:
        training_data:
          type: uri_folder
          path: azureml:vision-train-images:3
        epochs: 10
      tags:
        repository: \${{ parameters.repoUrl }}`;

/** A job name from the experiment's, as Azure ML generates them: `<experiment>_<random>`. */
function generatedJobName(experimentName: string): string {
  const stem = experimentName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 60);
  return `${stem || 'job'}_${randomBytes(5).toString('hex')}`;
}

/**
 * `azureml:job:submit`: a command job, as the user who runs the template;
 * waits until Azure ML has queued it (not until it completes).
 *
 * @internal
 */
export function createJobSubmitAction(runtime: AzureMlActionRuntime) {
  return createTemplateAction({
    id: JOB_SUBMIT_ACTION_ID,
    description:
      'Submits an Azure ML command job (code, or a folder of the task workspace to upload as its code, environment, compute, command, inputs, experiment, tags) as the user who runs the template (task secret azureMlUserToken) and waits until it is queued; checks azureMl.job.submit on the workspace entity and records the attempt in the Azure ML audit log. Outputs the job name and its Azure ML studio and portal links.',
    supportsDryRun: true,
    examples: [{ description: 'Submit a training job', example: EXAMPLE }],
    schema: { input: jobSubmitInput, output: jobSubmitOutput },
    async handler(ctx) {
      const input = parseActionInput(
        JOB_SUBMIT_ACTION_ID,
        jobSubmitInput(z),
        ctx.input,
      );
      checkOneCodeSource(JOB_SUBMIT_ACTION_ID, input);
      const caller = await runtime.caller(ctx);
      const workspace = await runtime.workspaces.resolve(input.workspace);
      const experimentName = input.experimentName ?? 'Default';
      const jobName = input.name ?? generatedJobName(experimentName);
      const jobId = `${workspace.id}/jobs/${jobName}`;
      const attempt = runtime.attempt(ctx, caller, {
        action: 'job.submit',
        resourceId: jobId,
        workspaceId: workspace.id,
        parameters: {
          jobName,
          experimentName,
          command: input.command,
          environment: input.environment,
          ...(input.compute ? { compute: input.compute } : {}),
          ...(input.code ? { code: input.code } : {}),
          ...(input.codePath ? { codePath: input.codePath } : {}),
          ...(input.inputs ? { inputs: Object.keys(input.inputs) } : {}),
        },
      });
      await attempt.authorize(async () =>
        onWorkspaceEntity(workspace, azureMlJobSubmitPermission),
      );
      const azure = runtime.azureFor(caller, workspace.ref.subscriptionId);
      const plan = await planCommandJob(azure, workspace, {
        ...input,
        jobName,
        nameGiven: Boolean(input.name),
        workspacePath: ctx.workspacePath,
      });
      const links = (job?: JobBase) => ({
        studioUrl: jobStudioUrl({
          job,
          studio: runtime.studio,
          jobName,
          workspaceId: workspace.id,
          tenantId: azure.tenantId,
        }),
        portalUrl: workspace.entity
          ? jobPortalPath(workspace.entity, jobName)
          : '',
      });
      const output = (status: string, job?: JobBase) => {
        ctx.output('jobName', jobName);
        ctx.output('jobId', jobId);
        ctx.output('status', status);
        ctx.output('experimentName', experimentName);
        ctx.output('studioUrl', links(job).studioUrl);
        ctx.output('portalUrl', links(job).portalUrl);
      };
      const where = `job ${jobName} (experiment ${experimentName}) to workspace ${workspace.ref.workspaceName}`;
      const as = caller.user.userPrincipalName ?? caller.user.objectId;
      if (ctx.isDryRun) {
        if (plan.codeUpload?.fromFolder) {
          logDryRunUpload(
            ctx.logger,
            plan.codeUpload.fromFolder,
            plan.codeUpload.codeUri,
          );
        }
        ctx.logger.info(`Dry run: would submit ${where}; nothing was written`);
        output('NotStarted');
        return;
      }

      ctx.logger.info(`Submitting ${where} as ${as}`);
      const job = await attempt.run(async undo => {
        const submitted = await submitCommandJob({
          azure,
          workspace,
          jobName,
          plan,
          body: codeId =>
            commandJobBody({
              ...input,
              experimentName,
              environmentId: plan.environmentId,
              computeId: plan.computeId,
              codeId,
              properties: {
                'backstage.io/task-id': ctx.task.id,
                ...(caller.userEntityRef
                  ? { 'backstage.io/initiated-by': caller.userEntityRef }
                  : {}),
              },
            }),
          startTimeoutMs: input.startTimeoutSeconds * 1000,
          undo,
          logger: ctx.logger,
          as,
          signal: ctx.signal,
        });
        return {
          result: submitted.job,
          correlationId: submitted.correlationId,
        };
      });
      output(job.properties.status ?? 'Unknown', job);
      ctx.logger.info(
        `Job ${jobName} is ${job.properties.status}; follow it in the portal (${
          links(job).portalUrl
        }) or Azure ML studio (${links(job).studioUrl})`,
      );
    },
  });
}
