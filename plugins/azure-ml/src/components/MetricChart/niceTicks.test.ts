/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { formatTick, niceDomain, niceTicks, niceTimeTicks } from './niceTicks';

describe('niceTicks', () => {
  it('lays round ticks within the range', () => {
    expect(niceTicks(0, 100, 5)).toEqual({
      values: [0, 20, 40, 60, 80, 100],
      step: 20,
    });
    expect(niceTicks(0.1, 0.37, 5)).toEqual({
      values: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35],
      step: 0.05,
    });
  });

  it('never steps below minStep, for whole training steps', () => {
    expect(niceTicks(0, 3, 6, 1).values).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 3, 6).values).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  it('gives no ticks for a range that is not finite', () => {
    expect(niceTicks(NaN, 3).values).toEqual([]);
    expect(niceTicks(0, Infinity).values).toEqual([]);
  });
});

describe('niceDomain', () => {
  it('widens the range to round ticks at both ends', () => {
    const domain = niceDomain(0.23, 0.91, 5);
    expect(domain.min).toBe(0.2);
    expect(domain.max).toBe(1);
    expect(domain.step).toBe(0.1);
    expect(domain.values).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('handles negative ranges', () => {
    expect(niceDomain(-3.7, -1.2, 5)).toEqual({
      min: -4,
      max: -1,
      step: 0.5,
      values: [-4, -3.5, -3, -2.5, -2, -1.5, -1],
    });
  });

  it('spreads a constant series around its value', () => {
    const domain = niceDomain(5, 5);
    expect(domain.min).toBeLessThan(5);
    expect(domain.max).toBeGreaterThan(5);
    expect(niceDomain(0, 0)).toMatchObject({ min: -1, max: 1 });
  });

  it('falls back to 0–1 when there is nothing to show', () => {
    expect(niceDomain(Infinity, -Infinity)).toEqual({
      min: 0,
      max: 1,
      step: 1,
      values: [0, 1],
    });
  });
});

describe('niceTimeTicks', () => {
  const start = new Date(2026, 3, 1, 10, 7, 13).getTime();

  it('steps by clock-friendly intervals aligned to the local clock', () => {
    const ticks = niceTimeTicks(start, start + 60 * 60_000, 5);
    expect(ticks.step).toBe(15 * 60_000);
    expect(ticks.values).toHaveLength(4);
    for (const t of ticks.values) {
      const date = new Date(t);
      expect(date.getMinutes() % 15).toBe(0);
      expect(date.getSeconds()).toBe(0);
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThanOrEqual(start + 60 * 60_000);
    }
    expect(new Date(ticks.values[0]).getMinutes()).toBe(15);
  });

  it('uses seconds for short runs', () => {
    const ticks = niceTimeTicks(start, start + 90_000, 5);
    expect(ticks.step).toBe(30_000);
    expect(ticks.values.map(t => new Date(t).getSeconds() % 30)).toEqual([
      0, 0, 0,
    ]);
  });

  it('uses days for runs of weeks', () => {
    const ticks = niceTimeTicks(start, start + 10 * 86_400_000, 5);
    expect(ticks.step).toBe(2 * 86_400_000);
    expect(new Date(ticks.values[0]).getHours()).toBe(0);
  });
});

describe('formatTick', () => {
  it('shows the decimals the step needs', () => {
    expect(formatTick(0.15, 0.05)).toBe('0.15');
    expect(formatTick(0.2, 0.05)).toBe('0.20');
    expect(formatTick(20, 20)).toBe('20');
    expect(formatTick(-0.5, 0.5)).toBe('-0.5');
    expect(formatTick(0, 0.1)).toBe('0');
  });

  it('uses exponents for very large and very small numbers', () => {
    expect(formatTick(1_500_000, 500_000)).toBe('1.5e+6');
    expect(formatTick(3e-5, 1e-5)).toBe('3e-5');
  });
});
