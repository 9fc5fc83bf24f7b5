/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { JobTimeline } from '../state/model';
import {
  curveKindOf,
  latestMetricPoint,
  metricHistory,
  plannedRun,
} from './metricCurves';

const MINUTE = 60_000;
const EPOCH = Date.UTC(2026, 0, 1);
const JOB =
  '/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/jobs/j1';

const timeline = (overrides: Partial<JobTimeline> = {}): JobTimeline => ({
  startOffsetMs: 0,
  durationMs: 100 * MINUTE,
  finalStatus: 'Completed',
  metrics: ['loss', 'accuracy', 'learning_rate'],
  ...overrides,
});

const values = (key: string, t = timeline(), now = EPOCH + 200 * MINUTE) =>
  metricHistory(JOB, key, t, EPOCH, now).map(p => p.value);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('generated metric curves', () => {
  it('picks the curve from the metric name', () => {
    expect(
      ['train_loss', 'val_perplexity', 'f1', 'AUC', 'lr', 'learning_rate'].map(
        curveKindOf,
      ),
    ).toEqual([
      'falling',
      'falling',
      'rising',
      'rising',
      'stepDecay',
      'stepDecay',
    ]);
  });

  it('is the same for the same job, metric and step, and differs between jobs', () => {
    expect(values('loss')).toEqual(values('loss'));
    const other = metricHistory(
      `${JOB}x`,
      'loss',
      timeline(),
      EPOCH,
      EPOCH + 200 * MINUTE,
    );
    expect(other.map(p => p.value)).not.toEqual(values('loss'));
  });

  it('has loss falling and accuracy rising to a plateau, with noise', () => {
    const loss = values('loss');
    expect(loss).toHaveLength(100);
    expect(mean(loss.slice(0, 10))).toBeGreaterThan(3 * mean(loss.slice(-10)));
    expect(loss.some((v, i) => i > 0 && v > loss[i - 1])).toBe(true);
    const accuracy = values('accuracy');
    expect(mean(accuracy.slice(-10))).toBeGreaterThan(
      mean(accuracy.slice(0, 10)) + 0.2,
    );
    expect(Math.max(...accuracy)).toBeLessThan(1);
    expect(
      Math.abs(mean(accuracy.slice(-10)) - mean(accuracy.slice(-20, -10))),
    ).toBeLessThan(0.02);
  });

  it('steps the learning rate down by tenfold twice', () => {
    const lr = values('learning_rate');
    expect([...new Set(lr)]).toHaveLength(3);
    expect(lr[0] / lr[99]).toBeCloseTo(100);
  });

  it('logs one point per step, timestamped from the job start', () => {
    const points = metricHistory(
      JOB,
      'loss',
      timeline({ startOffsetMs: 5 * MINUTE }),
      EPOCH,
      EPOCH + 15 * MINUTE,
    );
    expect(points.map(p => [p.step, p.timestamp])).toEqual(
      Array.from({ length: 10 }, (_, step) => [
        step,
        EPOCH + (6 + step) * MINUTE,
      ]),
    );
    expect(
      latestMetricPoint(JOB, 'loss', timeline(), EPOCH, EPOCH - 1),
    ).toBeUndefined();
  });

  it('stops a failed job part-way through its plan, and a canceled one at the cancel', () => {
    const failed = timeline({ finalStatus: 'Failed', durationMs: 40 * MINUTE });
    const planned = plannedRun(JOB, failed);
    expect(planned.durationMs).toBeGreaterThan(40 * MINUTE);
    const points = metricHistory(
      JOB,
      'loss',
      failed,
      EPOCH,
      EPOCH + 200 * MINUTE,
    );
    expect(points.length).toBeLessThan(planned.steps);
    expect(points.at(-1)!.timestamp).toBeLessThanOrEqual(EPOCH + 40 * MINUTE);

    const canceled = timeline({ canceledAtMs: EPOCH + 30 * MINUTE });
    expect(
      metricHistory(JOB, 'loss', canceled, EPOCH, EPOCH + 20 * MINUTE),
    ).toHaveLength(20);
    expect(
      metricHistory(JOB, 'loss', canceled, EPOCH, EPOCH + 200 * MINUTE),
    ).toHaveLength(30);
  });
});
