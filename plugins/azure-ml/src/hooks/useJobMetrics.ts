/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect, useRef } from 'react';
import {
  isTerminalJobStatus,
  type AzureMlJobMetrics,
  type AzureMlJobStatus,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData, type AzureMlDataState } from './useAzureMlData';
import { usePolling } from './usePolling';

/**
 * How often the metrics of a job that is still running are fetched again.
 *
 * @internal
 */
export const JOB_METRICS_REFRESH_INTERVAL_MS = 5_000;

/**
 * The most points per series the job page asks for: enough for a smooth
 * curve at any chart width, few enough to draw quickly.
 *
 * @internal
 */
export const JOB_METRICS_MAX_POINTS = 2_000;

/**
 * Loads the metric histories of a job. While `jobStatus` is known and not
 * terminal, they are fetched again {@link JOB_METRICS_REFRESH_INTERVAL_MS}
 * after each answer, so a running job's curves grow; once the job turns
 * terminal they are fetched one last time, for the values logged at the
 * end, and polling stops. The last series stay shown while reloading.
 *
 * @param jobStatus - The job's current status; `undefined` while it is
 *   unknown, which loads once without polling.
 * @internal
 */
export function useJobMetrics(
  workspace: WorkspaceRef,
  jobName: string,
  jobStatus: AzureMlJobStatus | undefined,
): AzureMlDataState<AzureMlJobMetrics> & { reload: () => void } {
  const metrics = useAzureMlData(
    api =>
      api.getJobMetrics(workspace, jobName, {
        maxPoints: JOB_METRICS_MAX_POINTS,
      }),
    [workspace, jobName],
  );
  const { reload } = metrics;
  const running = jobStatus !== undefined && !isTerminalJobStatus(jobStatus);
  usePolling(metrics, running, JOB_METRICS_REFRESH_INTERVAL_MS);

  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) reload();
    wasRunning.current = running;
  }, [running, reload]);

  return metrics;
}
