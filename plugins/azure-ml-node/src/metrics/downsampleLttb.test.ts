/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { MetricPoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import { downsampleLttb } from './downsampleLttb';

/** Points at steps 0, 1, 2... with the given values. */
const series = (values: number[], steps?: number[]): MetricPoint[] =>
  values.map((value, i) => ({
    step: steps ? steps[i] : i,
    timestamp: 1_700_000_000_000 + i * 1000,
    value,
  }));

const indicesIn = (input: MetricPoint[], output: MetricPoint[]) =>
  output.map(p => input.indexOf(p));

describe('downsampleLttb', () => {
  it('keeps the point of the largest triangle in a single bucket', () => {
    // first (0,0), last (4,0), one bucket {1,2,3}: the areas against (0,0)
    // and (4,0) are 4, 20 and 4, so (2,5) is kept.
    const input = series([0, 1, 5, 1, 0]);
    expect(indicesIn(input, downsampleLttb(input, 3))).toEqual([0, 2, 4]);
  });

  it('measures each triangle against the previous pick and the next bucket average', () => {
    // 8 points, 4 kept: buckets {1,2,3} and {4,5,6}.
    // Bucket 1: a = (0,0), c = average of bucket 2 = (5, 10/3);
    //   twice the areas: (1,2) 6.67, (2,9) 38.33, (3,1) 5 -> index 2.
    // Bucket 2: a = (2,9), c = last point (7,0);
    //   twice the areas: (4,3) 12, (5,0) 18, (6,7) 26 -> index 6.
    const input = series([0, 2, 9, 1, 3, 0, 7, 0]);
    expect(indicesIn(input, downsampleLttb(input, 4))).toEqual([0, 2, 6, 7]);
  });

  it('uses steps as x, so uneven steps change the pick', () => {
    // first (0,0), last (20,20); bucket {1,2,3}. Twice the area is
    // |20 * (x - y)|: with steps 1, 2, 3 the values 1, 0, 3 give 0, 40, 0
    // (index 2); with steps 1, 2, 19 the third gives 320 (index 3).
    const values = [0, 1, 0, 3, 20];
    const even = series(values, [0, 1, 2, 3, 20]);
    const uneven = series(values, [0, 1, 2, 19, 20]);
    expect(indicesIn(even, downsampleLttb(even, 3))).toEqual([0, 2, 4]);
    expect(indicesIn(uneven, downsampleLttb(uneven, 3))).toEqual([0, 3, 4]);
  });

  it('uses positions as x when steps repeat', () => {
    // Every step is 0 (values logged without a step): with x = step every
    // triangle would be flat; by position, (2,9) has the largest one.
    const input = series([0, 1, 9, 1, 0], [0, 0, 0, 0, 0]);
    expect(indicesIn(input, downsampleLttb(input, 3))).toEqual([0, 2, 4]);
  });

  it('leaves NaN and Infinity out of triangles, and keeps a bucket of them visible', () => {
    const withNaN = series([0, NaN, 1, Infinity, 0]);
    expect(indicesIn(withNaN, downsampleLttb(withNaN, 3))).toEqual([0, 2, 4]);

    const diverged = series([0, NaN, -Infinity, NaN, 0]);
    expect(indicesIn(diverged, downsampleLttb(diverged, 3))).toEqual([0, 1, 4]);

    // A NaN first point and a next bucket of NaNs still give a pick.
    const nanEdges = series([NaN, 1, 4, 2, NaN, NaN, NaN, NaN]);
    const out = downsampleLttb(nanEdges, 4);
    expect(indicesIn(nanEdges, out)).toEqual([0, 2, 4, 7]);
  });

  it('returns a short series unchanged, as the same array', () => {
    const input = series([3, 1, 2]);
    expect(downsampleLttb(input, 3)).toBe(input);
    expect(downsampleLttb(input, 10)).toBe(input);
    expect(downsampleLttb(input, Infinity)).toBe(input);
    const empty: MetricPoint[] = [];
    expect(downsampleLttb(empty, 0)).toBe(empty);
  });

  it('handles fewer than three points to keep', () => {
    const input = series([5, 6, 7, 8]);
    expect(downsampleLttb(input, 2)).toEqual([input[0], input[3]]);
    expect(downsampleLttb(input, 2.9)).toEqual([input[0], input[3]]);
    expect(downsampleLttb(input, 1)).toEqual([input[3]]);
    expect(downsampleLttb(input, 0)).toEqual([]);
    expect(() => downsampleLttb(input, -1)).toThrow(
      'maxPoints must be a number of 0 or more, got -1',
    );
    expect(() => downsampleLttb(input, NaN)).toThrow(
      'maxPoints must be a number of 0 or more, got NaN',
    );
  });

  it('keeps a spike in a smooth curve, first and last, in order', () => {
    const values = Array.from(
      { length: 10_000 },
      (_, i) => 2 * Math.exp(-i / 2000) + 0.01 * Math.sin(i / 50),
    );
    values[6_173] = 25;
    const input = series(values);
    const out = downsampleLttb(input, 200);
    expect(out).toHaveLength(200);
    expect(out[0]).toBe(input[0]);
    expect(out[199]).toBe(input[9_999]);
    expect(out).toContain(input[6_173]);
    const steps = out.map(p => p.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(200);
    // The shape: apart from the spike, the kept values follow the decay
    // within its ripple.
    const offCurve = out.filter(
      p => Math.abs(p.value - 2 * Math.exp(-p.step / 2000)) > 0.011,
    );
    expect(offCurve).toEqual([input[6_173]]);
  });

  it('thins a million points, printing the time it took', () => {
    const n = 1_000_000;
    const input: MetricPoint[] = new Array(n);
    for (let i = 0; i < n; i++) {
      input[i] = {
        step: i,
        timestamp: i,
        value: Math.sin(i / 1000) + (i % 7) / 100,
      };
    }
    const started = performance.now();
    const out = downsampleLttb(input, 1000);
    const elapsed = performance.now() - started;
    // eslint-disable-next-line no-console
    console.log(
      `downsampleLttb: 1,000,000 points to 1,000 in ${elapsed.toFixed(1)} ms`,
    );
    expect(out).toHaveLength(1000);
    expect(out[0]).toBe(input[0]);
    expect(out[999]).toBe(input[n - 1]);
  });
});
