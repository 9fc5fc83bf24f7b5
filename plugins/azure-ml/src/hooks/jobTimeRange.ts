/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * How far back the jobs list reaches, by when the job was created.
 *
 * @internal
 */
export const jobTimeRanges = {
  '24h': { label: 'Last 24 hours', ms: 24 * 3600_000 },
  '7d': { label: 'Last 7 days', ms: 7 * 24 * 3600_000 },
  '30d': { label: 'Last 30 days', ms: 30 * 24 * 3600_000 },
} as const;

/**
 * A key of {@link jobTimeRanges}.
 *
 * @internal
 */
export type JobTimeRange = keyof typeof jobTimeRanges;

/**
 * Whether a URL value names a {@link JobTimeRange}.
 *
 * @internal
 */
export function isJobTimeRange(value: string): value is JobTimeRange {
  return Object.prototype.hasOwnProperty.call(jobTimeRanges, value);
}

/**
 * Keeps the loaded jobs created within the range. Azure lists jobs newest
 * first, so once a loaded job is older than the range, no later page can hold
 * a job within it and there is nothing more to load.
 *
 * @internal
 */
export function jobsWithinTimeRange(
  jobs: AzureMlJob[],
  hasMore: boolean,
  range: JobTimeRange | undefined,
  now: number,
): { jobs: AzureMlJob[]; hasMore: boolean } {
  if (!range) {
    return { jobs, hasMore };
  }
  const since = now - jobTimeRanges[range].ms;
  const within = jobs.filter(job => Date.parse(job.createdAt) >= since);
  const reachedOlder = within.length < jobs.length;
  return { jobs: within, hasMore: hasMore && !reachedOlder };
}
