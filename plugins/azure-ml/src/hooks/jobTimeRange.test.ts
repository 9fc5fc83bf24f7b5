/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { isJobTimeRange, jobsWithinTimeRange } from './jobTimeRange';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const HOUR = 3600_000;

function createdHoursAgo(name: string, hours: number): AzureMlJob {
  return {
    name,
    createdAt: new Date(NOW - hours * HOUR).toISOString(),
  } as AzureMlJob;
}

describe('jobsWithinTimeRange', () => {
  const jobs = [
    createdHoursAgo('a', 1),
    createdHoursAgo('b', 23),
    createdHoursAgo('c', 25),
  ];

  it('keeps every job, and the next page, without a range', () => {
    expect(jobsWithinTimeRange(jobs, true, undefined, NOW)).toEqual({
      jobs,
      hasMore: true,
    });
  });

  it('drops older jobs and stops paging once one is older than the range', () => {
    const result = jobsWithinTimeRange(jobs, true, '24h', NOW);
    expect(result.jobs.map(j => j.name)).toEqual(['a', 'b']);
    expect(result.hasMore).toBe(false);
  });

  it('keeps paging while every loaded job is within the range', () => {
    const result = jobsWithinTimeRange(jobs, true, '7d', NOW);
    expect(result.jobs).toHaveLength(3);
    expect(result.hasMore).toBe(true);
  });
});

describe('isJobTimeRange', () => {
  it('accepts the known ranges only', () => {
    expect(isJobTimeRange('7d')).toBe(true);
    expect(isJobTimeRange('1y')).toBe(false);
    expect(isJobTimeRange('toString')).toBe(false);
  });
});
