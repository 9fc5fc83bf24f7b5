/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { MetricSeries } from '@azure-ml-backstage/plugin-azure-ml-common';
import { fullXRange, prepareSeries } from './prepareSeries';

const series: MetricSeries = {
  key: 'loss',
  points: [
    { step: 0, timestamp: 3000, value: 4 },
    { step: 1, timestamp: 1000, value: 2 },
    { step: 2, timestamp: 2000, value: null as unknown as number },
  ],
  totalPoints: 3,
  downsampled: false,
};

describe('prepareSeries', () => {
  it('lays the points out by step', () => {
    const prepared = prepareSeries('run-1', series, 'step', 0);
    expect(prepared.xs).toEqual([0, 1, 2]);
    expect(prepared.raw).toEqual([4, 2, NaN]);
    expect(prepared.smoothed).toEqual(prepared.raw);
    expect(prepared).toMatchObject({ label: 'run-1', key: 'loss' });
  });

  it('orders by time for the time axis, but smooths in step order', () => {
    const byStep = prepareSeries('run-1', series, 'step', 0.5);
    const byTime = prepareSeries('run-1', series, 'time', 0.5);
    expect(byTime.xs).toEqual([1000, 2000, 3000]);
    expect(byTime.points.map(p => p.step)).toEqual([1, 2, 0]);
    expect(byTime.raw).toEqual([2, NaN, 4]);
    expect(byTime.smoothed[0]).toBe(byStep.smoothed[1]);
    expect(byTime.smoothed[2]).toBe(byStep.smoothed[0]);
  });
});

describe('fullXRange', () => {
  it('spans every point of every series', () => {
    const a = prepareSeries('a', series, 'step', 0);
    const b = prepareSeries(
      'b',
      { ...series, points: [{ step: 7, timestamp: 0, value: 1 }] },
      'step',
      0,
    );
    expect(fullXRange([a, b], 'step')).toEqual({ min: 0, max: 7 });
  });

  it('widens a single point so it can be drawn', () => {
    const one = prepareSeries(
      'a',
      { ...series, points: [{ step: 5, timestamp: 60_000, value: 1 }] },
      'step',
      0,
    );
    expect(fullXRange([one], 'step')).toEqual({ min: 4, max: 6 });
    expect(fullXRange([], 'time')).toEqual({ min: 0, max: 1 });
  });
});
