/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlJobStatuses,
  isTerminalJobStatus,
  type AzureMlJob,
  type AzureMlJobFilter,
  type AzureMlJobStatus,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';

/** The window "recent" and "failed" jobs are counted over. */
export const SUMMARY_WINDOW_MS = 7 * 24 * 3600_000;

/** Pages read per count at most, so a huge history costs a bounded number of calls. */
export const SUMMARY_MAX_PAGES = 5;

/**
 * A count that may have stopped at {@link SUMMARY_MAX_PAGES}.
 *
 * @internal
 */
export interface BoundedCount {
  count: number;
  /** Whether there were more than `count`: shown as "50+". */
  more: boolean;
}

/**
 * The health of one workspace at a glance.
 *
 * @internal
 */
export interface WorkspaceSummary {
  running: BoundedCount;
  failedRecently: BoundedCount;
  recent: BoundedCount;
  endpoints: { healthy: number; unhealthy: number; more: boolean };
}

/**
 * The statuses of a job on its way to an end: those `azureMlJobStatuses`,
 * in the order a job passes through them, lists before the first terminal
 * one. `NotResponding`, `Paused` and `Unknown`, listed after it, do not
 * count as running.
 */
const activeStatuses: AzureMlJobStatus[] = azureMlJobStatuses.slice(
  0,
  azureMlJobStatuses.findIndex(isTerminalJobStatus),
);

/** Counts jobs, newest first, while `keep` holds, over a bounded number of pages. */
async function countJobs(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  filter: AzureMlJobFilter,
  keep: (job: AzureMlJob) => boolean,
): Promise<BoundedCount> {
  let count = 0;
  let pageToken: string | undefined;
  for (let pages = 0; pages < SUMMARY_MAX_PAGES; pages++) {
    const page = await api.listJobs(workspace, { ...filter, pageToken });
    const kept = page.items.filter(keep);
    count += kept.length;
    pageToken = page.nextPageToken;
    if (!pageToken || kept.length < page.items.length) {
      return { count, more: false };
    }
  }
  return { count, more: true };
}

async function countEndpoints(
  api: AzureMlApi,
  workspace: WorkspaceRef,
): Promise<WorkspaceSummary['endpoints']> {
  let healthy = 0;
  let unhealthy = 0;
  let pageToken: string | undefined;
  for (let pages = 0; pages < SUMMARY_MAX_PAGES; pages++) {
    const page = await api.listEndpoints(workspace, { pageToken });
    for (const endpoint of page.items) {
      if (endpoint.provisioningState === 'Succeeded') healthy++;
      else unhealthy++;
    }
    pageToken = page.nextPageToken;
    if (!pageToken) return { healthy, unhealthy, more: false };
  }
  return { healthy, unhealthy, more: true };
}

/**
 * Loads a workspace's summary: jobs running now, jobs created and jobs
 * failed in the last 7 days, and its online endpoints by health (any
 * provisioning state other than `Succeeded` counts as unhealthy).
 *
 * @internal
 */
export async function loadWorkspaceSummary(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  now: number,
): Promise<WorkspaceSummary> {
  const since = now - SUMMARY_WINDOW_MS;
  const isRecent = (job: AzureMlJob) => Date.parse(job.createdAt) >= since;
  const [running, failedRecently, recent, endpoints] = await Promise.all([
    countJobs(
      api,
      workspace,
      { status: activeStatuses },
      job => !isTerminalJobStatus(job.status),
    ),
    countJobs(api, workspace, { status: ['Failed'] }, isRecent),
    countJobs(api, workspace, {}, isRecent),
    countEndpoints(api, workspace),
  ]);
  return { running, failedRecently, recent, endpoints };
}
