/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** The first index whose x is at least `x` (xs ascending). */
function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The points of ascending `xs` that fall within `[min, max]`, as `[start,
 * end)`, and the same range widened by one point on each side so that a
 * zoomed line runs on to the edges of the plot.
 *
 * @internal
 */
export function visibleIndexRange(
  xs: ArrayLike<number>,
  min: number,
  max: number,
): { start: number; end: number; drawStart: number; drawEnd: number } {
  const start = lowerBound(xs, min);
  let end = lowerBound(xs, max);
  while (end < xs.length && xs[end] <= max) end++;
  return {
    start,
    end,
    drawStart: Math.max(0, start - 1),
    drawEnd: Math.min(xs.length, end + 1),
  };
}

/**
 * The index of the point of ascending `xs` nearest to `x`, looking only at
 * `[start, end)`; `undefined` when that range is empty. On a tie the earlier
 * point wins.
 *
 * @internal
 */
export function nearestIndex(
  xs: ArrayLike<number>,
  x: number,
  start = 0,
  end = xs.length,
): number | undefined {
  if (end <= start) return undefined;
  const i = Math.min(Math.max(lowerBound(xs, x), start), end - 1);
  if (i > start && x - xs[i - 1] <= xs[i] - x) return i - 1;
  return i;
}
