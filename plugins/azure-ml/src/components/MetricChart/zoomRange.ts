/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A range of the x axis, in data units (steps, or milliseconds).
 *
 * @internal
 */
export interface XRange {
  min: number;
  max: number;
}

/** How much one press of "zoom in" narrows the range. */
export const ZOOM_STEP = 0.5;

/**
 * The narrowest range the chart zooms to: a thousandth of the whole, but at
 * least `floor` (2 steps, or a second), and never wider than the whole.
 *
 * @internal
 */
export function minZoomSpan(full: XRange, floor: number): number {
  const span = full.max - full.min;
  return Math.min(span, Math.max(span / 1000, floor));
}

/**
 * `range` made at least `minSpan` wide and moved (never stretched beyond)
 * inside `full`.
 *
 * @internal
 */
export function clampRange(
  range: XRange,
  full: XRange,
  minSpan: number,
): XRange {
  const fullSpan = full.max - full.min;
  const lo = Math.min(range.min, range.max);
  const hi = Math.max(range.min, range.max);
  const span = Math.min(fullSpan, Math.max(hi - lo, minSpan));
  const center = (lo + hi) / 2;
  let min = center - span / 2;
  min = Math.max(full.min, Math.min(min, full.max - span));
  return { min, max: min + span };
}

/**
 * The range a drag from `from` to `to` selects, in either direction, kept
 * within `full` and at least `minSpan` wide.
 *
 * @internal
 */
export function selectionRange(
  from: number,
  to: number,
  full: XRange,
  minSpan: number,
): XRange {
  return clampRange({ min: from, max: to }, full, minSpan);
}

/**
 * `range` scaled by `factor` around `center` (its middle by default), so
 * that the point under `center` stays put: below 1 zooms in, above 1 out.
 *
 * @internal
 */
export function zoomBy(
  range: XRange,
  full: XRange,
  factor: number,
  minSpan: number,
  center: number = (range.min + range.max) / 2,
): XRange {
  const min = center - (center - range.min) * factor;
  const max = center + (range.max - center) * factor;
  const span = Math.max(max - min, minSpan);
  const fullSpan = full.max - full.min;
  if (span >= fullSpan) {
    return { ...full };
  }
  // A span raised to `minSpan` is kept around the same center.
  const grow = (span - (max - min)) / 2;
  return clampRange({ min: min - grow, max: max + grow }, full, minSpan);
}

/**
 * Whether `range` shows less than all of `full`.
 *
 * @internal
 */
export function isZoomed(range: XRange, full: XRange): boolean {
  return range.min > full.min || range.max < full.max;
}
