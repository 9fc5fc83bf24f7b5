/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { nearestIndex, visibleIndexRange } from './pointLookup';

const xs = [0, 10, 20, 30, 40];

describe('visibleIndexRange', () => {
  it('finds the points in range and one more on each side to draw', () => {
    expect(visibleIndexRange(xs, 15, 30)).toEqual({
      start: 2,
      end: 4,
      drawStart: 1,
      drawEnd: 5,
    });
  });

  it('covers everything for the whole range', () => {
    expect(visibleIndexRange(xs, 0, 40)).toEqual({
      start: 0,
      end: 5,
      drawStart: 0,
      drawEnd: 5,
    });
  });

  it('keeps repeated x values together', () => {
    expect(visibleIndexRange([0, 5, 5, 5, 9], 5, 5)).toMatchObject({
      start: 1,
      end: 4,
    });
  });

  it('is empty between two points', () => {
    expect(visibleIndexRange(xs, 11, 19)).toEqual({
      start: 2,
      end: 2,
      drawStart: 1,
      drawEnd: 3,
    });
  });
});

describe('nearestIndex', () => {
  it('finds the nearest point, the earlier on a tie', () => {
    expect(nearestIndex(xs, 12)).toBe(1);
    expect(nearestIndex(xs, 18)).toBe(2);
    expect(nearestIndex(xs, 15)).toBe(1);
    expect(nearestIndex(xs, -100)).toBe(0);
    expect(nearestIndex(xs, 100)).toBe(4);
  });

  it('looks only within start and end', () => {
    expect(nearestIndex(xs, 0, 2, 4)).toBe(2);
    expect(nearestIndex(xs, 100, 2, 4)).toBe(3);
    expect(nearestIndex(xs, 10, 3, 3)).toBeUndefined();
  });
});
