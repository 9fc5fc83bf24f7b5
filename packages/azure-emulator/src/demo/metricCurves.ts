/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobTimeline } from '../state/model';
import { jobPhaseAt } from './jobTimeline';

/** One logged value of a metric, as a training script would log it. */
export type MetricPoint = {
  step: number;
  /** Epoch ms the value was logged. */
  timestamp: number;
  value: number;
};

/** The shape a metric follows over a run, chosen from its name. */
export type CurveKind = 'falling' | 'rising' | 'stepDecay';

const MINUTE_MS = 60_000;
const MIN_STEPS = 10;
const MAX_STEPS = 120;

/** FNV-1a: a cheap, stable 32-bit hash, so curves are the same every run. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche, so neighbouring steps do not give correlated noise.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A deterministic number in [0, 1) for a seed. */
function unit(seed: string): number {
  return hash32(seed) / 0x100000000;
}

/** A deterministic number in [-1, 1) for a seed. */
function signedUnit(seed: string): number {
  return unit(seed) * 2 - 1;
}

export function curveKindOf(metricKey: string): CurveKind {
  const key = metricKey.toLowerCase();
  if (key === 'lr' || key.endsWith('_lr') || key.includes('learning_rate')) {
    return 'stepDecay';
  }
  if (/loss|perplexity|error|rmse|mae|mse|wer/.test(key)) return 'falling';
  return 'rising';
}

/**
 * How a job's curves are laid out: the steps it planned and how long it
 * planned to run. A failed job planned more than it ran, so its curves stop
 * part-way, before they converged.
 */
export function plannedRun(
  jobId: string,
  timeline: JobTimeline,
): { steps: number; durationMs: number } {
  const fractionRun =
    timeline.finalStatus === 'Failed'
      ? 0.35 + 0.4 * unit(`${jobId.toLowerCase()}|failed-at`)
      : 1;
  const durationMs = Math.round(timeline.durationMs / fractionRun);
  const steps =
    timeline.loggedSteps ??
    Math.min(
      MAX_STEPS,
      Math.max(MIN_STEPS, Math.round(durationMs / MINUTE_MS)),
    );
  return { steps, durationMs };
}

/** The value of a metric at one step of a planned run of `steps` steps. */
export function metricValueAt(
  jobId: string,
  metricKey: string,
  step: number,
  steps: number,
): number {
  const seed = `${jobId.toLowerCase()}|${metricKey}`;
  const t = steps > 1 ? step / (steps - 1) : 1;
  const noise = signedUnit(`${seed}|${step}`);
  const rate = 3 + 2 * unit(`${seed}|rate`);
  switch (curveKindOf(metricKey)) {
    case 'stepDecay': {
      const initial = [1e-3, 3e-4, 5e-4][hash32(`${seed}|lr`) % 3];
      return round(initial * 0.1 ** Math.floor((3 * step) / steps));
    }
    case 'falling': {
      const scale = metricKey.toLowerCase().includes('perplexity') ? 30 : 1;
      const start = scale * (2 + 0.6 * unit(`${seed}|start`));
      const floor = scale * (0.08 + 0.15 * unit(`${seed}|floor`));
      const clean = floor + (start - floor) * Math.exp(-rate * t);
      return round(Math.max(0, clean * (1 + 0.04 * noise)));
    }
    default: {
      const start = 0.3 + 0.2 * unit(`${seed}|start`);
      const plateau = 0.82 + 0.14 * unit(`${seed}|plateau`);
      const clean = plateau - (plateau - start) * Math.exp(-rate * t);
      return round(Math.min(0.999, Math.max(0, clean + 0.01 * noise)));
    }
  }
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}

/** When step `step` of a planned run is logged, relative to the job start. */
function stepOffsetMs(
  step: number,
  planned: { steps: number; durationMs: number },
) {
  return Math.floor(((step + 1) * planned.durationMs) / planned.steps);
}

/**
 * How many steps of a job's metrics exist at `nowMs`: none before it starts,
 * those logged so far while it runs, and those logged until it ended (all of
 * them when it completed).
 */
export function loggedStepCount(
  jobId: string,
  timeline: JobTimeline,
  epochMs: number,
  nowMs: number,
): number {
  const phase = jobPhaseAt(timeline, epochMs, nowMs);
  if (phase.startMs === undefined) return 0;
  const elapsedMs = (phase.endMs ?? nowMs) - phase.startMs;
  const planned = plannedRun(jobId, timeline);
  let count = Math.min(
    planned.steps,
    Math.floor((elapsedMs * planned.steps) / planned.durationMs),
  );
  // Integer rounding must never hide a step whose log time has passed.
  while (count < planned.steps && stepOffsetMs(count, planned) <= elapsedMs) {
    count++;
  }
  return count;
}

/** The point of one metric at one step. */
export function metricPointAt(
  jobId: string,
  metricKey: string,
  timeline: JobTimeline,
  epochMs: number,
  step: number,
): MetricPoint {
  const planned = plannedRun(jobId, timeline);
  return {
    step,
    timestamp: epochMs + timeline.startOffsetMs + stepOffsetMs(step, planned),
    value: metricValueAt(jobId, metricKey, step, planned.steps),
  };
}

/** Every point of a metric logged by `nowMs`, in step order. */
export function metricHistory(
  jobId: string,
  metricKey: string,
  timeline: JobTimeline,
  epochMs: number,
  nowMs: number,
): MetricPoint[] {
  const count = loggedStepCount(jobId, timeline, epochMs, nowMs);
  return Array.from({ length: count }, (_, step) =>
    metricPointAt(jobId, metricKey, timeline, epochMs, step),
  );
}

/** The last point of a metric logged by `nowMs`, if any. */
export function latestMetricPoint(
  jobId: string,
  metricKey: string,
  timeline: JobTimeline,
  epochMs: number,
  nowMs: number,
): MetricPoint | undefined {
  const count = loggedStepCount(jobId, timeline, epochMs, nowMs);
  return count > 0
    ? metricPointAt(jobId, metricKey, timeline, epochMs, count - 1)
    : undefined;
}
