/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  isTerminalJobStatus,
  type AzureMlJob,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  useAzureMlData,
  type AzureMlDataState,
} from '../../hooks/useAzureMlData';
import { usePolling } from '../../hooks/usePolling';

/**
 * How often a job that is not terminal yet is fetched again.
 *
 * @internal
 */
export const JOB_REFRESH_INTERVAL_MS = 5_000;

/**
 * Loads one job, and again {@link JOB_REFRESH_INTERVAL_MS} after each
 * answer while its status is not terminal, so the page follows it from
 * queued to completed. Stops once it is terminal, or on unmount.
 *
 * @internal
 */
export function useJob(
  workspace: WorkspaceRef,
  jobName: string,
): AzureMlDataState<AzureMlJob> & { reload: () => void } {
  const job = useAzureMlData(
    api => api.getJob(workspace, jobName),
    [workspace, jobName],
  );
  const running = job.value ? !isTerminalJobStatus(job.value.status) : false;
  usePolling(job, running, JOB_REFRESH_INTERVAL_MS);
  return job;
}
