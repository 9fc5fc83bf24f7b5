/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobTimeline } from '../state/model';

/** Where a job is in its life at a moment, as ARM and MLflow both report it. */
export type JobPhase = {
  status: string;
  /** Epoch ms the job started running, if it has. */
  startMs?: number;
  /** Epoch ms it ended, if it has. */
  endMs?: number;
  /** How far through its run it is, 0..1 (1 once ended). */
  progress: number;
};

/**
 * The phase of a job at `nowMs`, for a world that began at `epochMs`. Before
 * its start a job is in its pending status; then `Running`; then its final
 * status (or `Canceled` from the moment it was canceled).
 */
export function jobPhaseAt(
  timeline: JobTimeline,
  epochMs: number,
  nowMs: number,
): JobPhase {
  const startMs = epochMs + timeline.startOffsetMs;
  const plannedEndMs = startMs + timeline.durationMs;
  if (timeline.canceledAtMs !== undefined && timeline.canceledAtMs <= nowMs) {
    const endMs = Math.min(timeline.canceledAtMs, plannedEndMs);
    const started = endMs > startMs;
    return {
      status: 'Canceled',
      startMs: started ? startMs : undefined,
      endMs,
      progress: started ? (endMs - startMs) / timeline.durationMs : 0,
    };
  }
  if (nowMs < startMs)
    return { status: timeline.pendingStatus ?? 'Queued', progress: 0 };
  if (nowMs < plannedEndMs) {
    return {
      status: 'Running',
      startMs,
      progress: (nowMs - startMs) / timeline.durationMs,
    };
  }
  return {
    status: timeline.finalStatus,
    startMs,
    endMs: plannedEndMs,
    progress: 1,
  };
}
