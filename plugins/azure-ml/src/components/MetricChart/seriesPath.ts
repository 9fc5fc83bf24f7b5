/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A linear map from data values to pixels, and back.
 *
 * @internal
 */
export interface LinearScale {
  /** The pixel of a data value. */
  (value: number): number;
  /** The data value at a pixel. */
  invert(pixel: number): number;
  /** The data values mapped to the two ends of `range`. */
  readonly domain: readonly [number, number];
  /** The pixels the two ends of `domain` map to. */
  readonly range: readonly [number, number];
}

/**
 * The {@link LinearScale} that maps `domain` onto `range`. An empty domain
 * maps everything to the middle of the range.
 *
 * @internal
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (value: number) =>
    ratio === 0 ? (r0 + r1) / 2 : r0 + (value - d0) * ratio;
  scale.invert = (pixel: number) =>
    ratio === 0 ? (d0 + d1) / 2 : d0 + (pixel - r0) / ratio;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** One decimal of a pixel is finer than any screen shows. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * The SVG path (`d`) of a line through the points `start` to `end - 1`: one
 * string for the whole line, so thousands of points cost one element.
 * Points whose x or y is not finite break the line.
 *
 * @param xs - The x values, one per point.
 * @param ys - The y values, one per point.
 * @internal
 */
export function seriesPath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  xScale: LinearScale,
  yScale: LinearScale,
  start = 0,
  end = xs.length,
): string {
  const parts: string[] = [];
  let penDown = false;
  for (let i = Math.max(0, start); i < Math.min(end, xs.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      penDown = false;
      continue;
    }
    parts.push(`${penDown ? 'L' : 'M'}${px(xScale(x))},${px(yScale(y))}`);
    penDown = true;
  }
  return parts.join('');
}

/**
 * The smallest and largest finite value of `ys[start..end)`, or `undefined`
 * when there is none.
 *
 * @internal
 */
export function valueExtent(
  ys: ArrayLike<number>,
  start = 0,
  end = ys.length,
): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = Math.max(0, start); i < Math.min(end, ys.length); i++) {
    const y = ys[i];
    if (Number.isFinite(y)) {
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  return min <= max ? [min, max] : undefined;
}
