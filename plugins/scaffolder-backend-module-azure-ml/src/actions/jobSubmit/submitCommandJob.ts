/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { createCodeVersion } from '../../service/AssetVersions';
import type { UndoLog } from '../../service/UndoLog';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import type { CommandJobPlan } from './planCommandJob';
import { putJob } from './putJob';
import { uploadCodeFolder } from './uploadCodeFolder';
import { JobEndedError, waitForJobStart } from './waitForJobStart';

/** Submits the job and notes how to remove it: cancel, then delete. */
async function createJob(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  jobName: string,
  body: unknown,
  undo: UndoLog,
): Promise<string | undefined> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const { correlationId } = await azure.call(
    `Submit job ${jobName} to workspace ${ws}`,
    sdk => putJob(sdk, { resourceGroup: rg, workspaceName: ws, jobName, body }),
  );
  undo.created(`job ${jobName}`, async () => {
    // A job that has ended cannot be canceled; deleting it is what counts.
    await azure
      .call(`Cancel job ${jobName}`, ({ ml }) =>
        ml.jobs.beginCancelAndWait(rg, ws, jobName, {
          updateIntervalInMs: 500,
        }),
      )
      .catch(() => undefined);
    await azure.call(`Delete job ${jobName}`, ({ ml }) =>
      ml.jobs.beginDeleteAndWait(rg, ws, jobName, { updateIntervalInMs: 500 }),
    );
  });
  return correlationId;
}

/**
 * The writes of `azureml:job:submit`, each noted in `undo`: the upload of a
 * code folder (not undone: see {@link uploadCodeFolder}), the code asset
 * (when the code is a path in storage), the job, then the wait until it is
 * queued. A job that ends before it is queued is kept, with its code, so its
 * logs say why.
 *
 * @param body - The job's REST body, given the ARM id of its code.
 * @returns The job as last read, and the correlation id of its submission.
 * @internal
 */
export async function submitCommandJob(options: {
  azure: UserAzure;
  workspace: ResolvedWorkspace;
  jobName: string;
  plan: CommandJobPlan;
  body: (codeId: string | undefined) => unknown;
  startTimeoutMs: number;
  undo: UndoLog;
  logger: LoggerService;
  /** Who the action runs as, for the task log. */
  as: string;
  signal?: AbortSignal;
}): Promise<{ job: JobBase; correlationId?: string }> {
  const { azure, workspace, jobName, plan, undo, logger } = options;
  let codeId = plan.codeId;
  if (plan.codeUpload?.fromFolder) {
    await uploadCodeFolder({
      azure,
      workspace,
      ...plan.codeUpload.fromFolder,
      logger,
      as: options.as,
      signal: options.signal,
    });
  }
  if (plan.codeUpload) {
    codeId = await createCodeVersion(azure, plan.codeUpload, { undo, logger });
  }
  const correlationId = await createJob(
    azure,
    workspace,
    jobName,
    options.body(codeId),
    undo,
  );
  logger.info(`Submitted job ${jobName}; waiting until it is queued`);
  try {
    const job = await waitForJobStart({
      azure,
      workspace: workspace.ref,
      jobName,
      timeoutMs: options.startTimeoutMs,
      logger,
      signal: options.signal,
    });
    return { job, correlationId };
  } catch (error) {
    if (error instanceof JobEndedError) undo.keep();
    throw error;
  }
}
