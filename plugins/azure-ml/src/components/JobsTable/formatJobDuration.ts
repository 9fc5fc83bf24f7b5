/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * How long a job has run, from `startedAt` to `endedAt` (or `now` while it
 * runs), as for example `1h 2m 3s`; empty before it starts.
 *
 * @internal
 */
export function formatJobDuration(
  job: Pick<AzureMlJob, 'startedAt' | 'endedAt'>,
  now: number = Date.now(),
): string {
  if (!job.startedAt) {
    return '';
  }
  const start = Date.parse(job.startedAt);
  const end = job.endedAt ? Date.parse(job.endedAt) : now;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return '';
  }
  let seconds = Math.max(0, Math.round((end - start) / 1000));
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  if (hours) {
    return `${hours}h ${minutes}m ${seconds}s`;
  }
  return minutes ? `${minutes}m ${seconds}s` : `${seconds}s`;
}
