/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobBase } from '@azure/arm-machinelearning';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { CustomErrorBase } from '@backstage/errors';
import { pollUntil } from '../../service/pollUntil';
import type { UserAzure } from '../../service/UserAzureClients';

/** Statuses of a job that has been queued or got further. */
const STARTED = new Set([
  'Queued',
  'Running',
  'Finalizing',
  'Completed',
  'Paused',
]);
/** Statuses of a job that ended, or is ending, before it ran. */
const ENDED = new Set([
  'Failed',
  'Canceled',
  'CancelRequested',
  'NotResponding',
]);
/** How long to wait between two reads of a job that is getting ready. */
const POLL_INTERVAL_MS = 2000;

/**
 * The job ended (failed, or was canceled) before it was queued.
 *
 * @internal
 */
export class JobEndedError extends CustomErrorBase {
  name = 'JobEndedError' as const;
}

function statusOf(job: JobBase): string {
  return job.properties.status ?? 'Unknown';
}

/**
 * Reads a submitted job until it is queued or running (not until it
 * completes), logging each status it passes through.
 *
 * @returns The job as last read.
 * @throws JobEndedError when it fails or is canceled first;
 *   OperationTimeoutError after `timeoutMs`.
 * @internal
 */
export async function waitForJobStart(options: {
  azure: UserAzure;
  workspace: { resourceGroup: string; workspaceName: string };
  jobName: string;
  timeoutMs: number;
  logger: LoggerService;
  signal?: AbortSignal;
  intervalMs?: number;
}): Promise<JobBase> {
  const { azure, jobName, logger } = options;
  const { resourceGroup: rg, workspaceName: ws } = options.workspace;
  let last: string | undefined;
  const job = await pollUntil({
    read: () =>
      azure.call(`Read job ${jobName}`, ({ ml }) =>
        ml.jobs.get(rg, ws, jobName),
      ),
    done: read => STARTED.has(statusOf(read)) || ENDED.has(statusOf(read)),
    progress: (read, elapsedMs) => {
      const status = statusOf(read);
      if (status !== last) {
        logger.info(
          `Job ${jobName} is ${status} (after ${Math.round(
            elapsedMs / 1000,
          )} s)`,
        );
        last = status;
      }
    },
    timeoutMessage: (read, elapsedMs) =>
      `Job ${jobName} was still ${statusOf(read)} after ${Math.round(
        elapsedMs / 1000,
      )} s, and the action waits ${Math.round(
        options.timeoutMs / 1000,
      )} s for a job to be queued; check the compute's quota and state, or raise startTimeoutSeconds.`,
    intervalMs: options.intervalMs ?? POLL_INTERVAL_MS,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  if (ENDED.has(statusOf(job))) {
    throw new JobEndedError(
      `Job ${jobName} is ${statusOf(
        job,
      )} before it was queued; it is kept, so its logs in Azure ML studio say why.`,
    );
  }
  return job;
}
