/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MAX_SMOOTHING, smoothValues } from './smoothSeries';

describe('smoothValues', () => {
  it('returns the values as they are without smoothing', () => {
    expect(smoothValues([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('debiases the average like TensorBoard, so it starts at the first value', () => {
    const smoothed = smoothValues([1, 2, 4], 0.5);
    expect(smoothed[0]).toBe(1);
    // (0.25·1 + 0.5·2) / (1 − 0.25)
    expect(smoothed[1]).toBeCloseTo(5 / 3, 10);
    // (0.125·1 + 0.25·2 + 0.5·4) / (1 − 0.125)
    expect(smoothed[2]).toBeCloseTo(2.625 / 0.875, 10);
  });

  it('pulls a noisy series towards its trend', () => {
    const noisy = Array.from({ length: 200 }, (_, i) => (i % 2 ? 1 : -1));
    const smoothed = smoothValues(noisy, 0.9);
    expect(Math.abs(smoothed[199])).toBeLessThan(0.2);
  });

  it('passes values that are not finite through, without counting them', () => {
    const smoothed = smoothValues([1, NaN, 3], 0.5);
    expect(smoothed[0]).toBe(1);
    expect(smoothed[1]).toBeNaN();
    // As if the NaN was never logged: (0.25·1 + 0.5·3) / 0.75
    expect(smoothed[2]).toBeCloseTo(1.75 / 0.75, 10);
  });

  it('leaves a constant series exactly as it is', () => {
    expect(smoothValues([0.1, 0.1, 0.1], 0.9)).toEqual([0.1, 0.1, 0.1]);
  });

  it('clamps the weight to 0–0.99', () => {
    const values = [5, 1, 7, 3];
    expect(smoothValues(values, 1.5)).toEqual(
      smoothValues(values, MAX_SMOOTHING),
    );
    expect(smoothValues(values, -1)).toEqual(values);
  });

  it('does not change its input', () => {
    const values = [1, 2, 3];
    smoothValues(values, 0.6);
    expect(values).toEqual([1, 2, 3]);
  });
});
