/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { presentJob } from './jobStatus';

const EPOCH = Date.parse('2026-03-01T12:00:00Z');
const MINUTE = 60_000;

function stateWithJob(
  timeline?: Parameters<EmulatorState['jobTimelines']['set']>[1],
) {
  const state = new EmulatorState(EPOCH);
  const job: ArmResource = {
    id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/jobs/Job_1',
    name: 'Job_1',
    type: 'Microsoft.MachineLearningServices/workspaces/jobs',
    properties: { jobType: 'Command', properties: { owner: 'tests' } },
  };
  if (timeline) state.jobTimelines.set(job.id.toLowerCase(), timeline);
  return { state, job };
}

const statusAt = (state: EmulatorState, job: ArmResource, nowMs: number) => {
  const { status, properties } = presentJob(state, job, nowMs).properties;
  return [status, properties.StartTimeUtc, properties.EndTimeUtc];
};

describe('presentJob', () => {
  const timeline = {
    startOffsetMs: 10 * MINUTE,
    durationMs: 30 * MINUTE,
    finalStatus: 'Failed' as const,
    pendingStatus: 'Preparing',
    metrics: ['loss'],
  };

  it('follows the timeline: pending, running with a start time, ended with both times', () => {
    const { state, job } = stateWithJob(timeline);
    expect(statusAt(state, job, EPOCH)).toEqual([
      'Preparing',
      undefined,
      undefined,
    ]);
    expect(statusAt(state, job, EPOCH + 20 * MINUTE)).toEqual([
      'Running',
      '2026-03-01 12:10:00',
      undefined,
    ]);
    expect(statusAt(state, job, EPOCH + 60 * MINUTE)).toEqual([
      'Failed',
      '2026-03-01 12:10:00',
      '2026-03-01 12:40:00',
    ]);
    expect(presentJob(state, job, EPOCH).properties.properties.owner).toBe(
      'tests',
    );
  });

  it('reports CancelRequested until a requested cancel takes effect, then Canceled', () => {
    const { state, job } = stateWithJob({
      ...timeline,
      canceledAtMs: EPOCH + 25 * MINUTE,
    });
    expect(statusAt(state, job, EPOCH + 20 * MINUTE)[0]).toBe(
      'CancelRequested',
    );
    expect(statusAt(state, job, EPOCH + 26 * MINUTE)).toEqual([
      'Canceled',
      '2026-03-01 12:10:00',
      '2026-03-01 12:25:00',
    ]);
  });

  it('reports NotStarted for a job without a timeline', () => {
    const { state, job } = stateWithJob();
    expect(statusAt(state, job, EPOCH)).toEqual([
      'NotStarted',
      undefined,
      undefined,
    ]);
  });
});
