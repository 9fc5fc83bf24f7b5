/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { jobPhaseAt, type JobPhase } from '../../demo/jobTimeline';
import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource, JobTimeline } from '../../state/model';

/** Job statuses after which nothing changes any more. */
export const TERMINAL_JOB_STATUSES = ['Completed', 'Failed', 'Canceled'];

export function isTerminal(status: string): boolean {
  return TERMINAL_JOB_STATUSES.includes(status);
}

/** The timeline of a job: `state.jobTimelines` keys them by lowercased ARM id. */
export function timelineOf(
  state: EmulatorState,
  job: ArmResource,
): JobTimeline | undefined {
  return state.jobTimelines.get(job.id.toLowerCase());
}

/**
 * Where a job is at `nowMs`. Between a cancel request and the moment it
 * takes effect a job reports `CancelRequested`, as Azure ML does.
 */
export function jobPhaseOf(
  state: EmulatorState,
  job: ArmResource,
  nowMs: number,
): JobPhase {
  const timeline = timelineOf(state, job);
  if (!timeline) return { status: 'NotStarted', progress: 0 };
  const phase = jobPhaseAt(timeline, state.epochMs, nowMs);
  const cancelPending =
    timeline.canceledAtMs !== undefined && nowMs < timeline.canceledAtMs;
  return cancelPending && !isTerminal(phase.status)
    ? { ...phase, status: 'CancelRequested' }
    : phase;
}

/** `2024-05-01 09:30:00`: how Azure ML writes run times in job properties. */
function runTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A job as ARM returns it at `nowMs`: its status, and the run's start and
 * end times in `properties.properties` (`StartTimeUtc`, `EndTimeUtc`), where
 * Azure ML reports them: no api-version the emulator serves has them as
 * properties of the job itself.
 */
export function presentJob(
  state: EmulatorState,
  job: ArmResource,
  nowMs: number,
): ArmResource {
  const phase = jobPhaseOf(state, job, nowMs);
  const runProperties: Record<string, string> = {
    ...job.properties.properties,
  };
  if (phase.startMs !== undefined)
    runProperties.StartTimeUtc = runTime(phase.startMs);
  if (phase.endMs !== undefined)
    runProperties.EndTimeUtc = runTime(phase.endMs);
  return {
    ...job,
    properties: {
      ...job.properties,
      properties: runProperties,
      status: phase.status,
    },
  };
}
