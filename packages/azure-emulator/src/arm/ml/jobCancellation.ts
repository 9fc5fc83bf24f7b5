/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { jobPhaseAt } from '../../demo/jobTimeline';
import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { isTerminal, jobPhaseOf, timelineOf } from './jobStatus';
import { OPERATION_DURATION_MS } from './longRunningOperations';

/**
 * Asks a job to cancel at `nowMs`: it takes effect a moment later, which the
 * job's timeline records (so MLflow sees the run end too). Returns when the
 * cancel is done: then, or now if there is nothing to cancel because the job
 * has ended, is already being canceled, or ends before the cancel would land.
 */
export function requestJobCancel(
  state: EmulatorState,
  job: ArmResource,
  nowMs: number,
): { doneMs: number; canceling: boolean } {
  const timeline = timelineOf(state, job);
  if (!timeline) return { doneMs: nowMs, canceling: false };
  if (timeline.canceledAtMs !== undefined) {
    return { doneMs: Math.max(nowMs, timeline.canceledAtMs), canceling: false };
  }
  const cancelAtMs = nowMs + OPERATION_DURATION_MS.cancel;
  const endsFirst = isTerminal(
    jobPhaseAt(timeline, state.epochMs, cancelAtMs).status,
  );
  if (isTerminal(jobPhaseOf(state, job, nowMs).status) || endsFirst) {
    return { doneMs: nowMs, canceling: false };
  }
  timeline.canceledAtMs = cancelAtMs;
  return { doneMs: cancelAtMs, canceling: true };
}
