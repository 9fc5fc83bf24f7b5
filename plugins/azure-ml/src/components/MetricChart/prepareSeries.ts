/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  MetricPoint,
  MetricSeries,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { smoothValues } from './smoothSeries';
import type { XRange } from './zoomRange';

/**
 * What the x axis of a metric chart runs over: the training step, or the
 * time the values were logged.
 *
 * @public
 */
export type MetricChartXAxis = 'step' | 'time';

/**
 * One series made ready to draw: its points in x order, with the x, raw and
 * smoothed values as flat arrays.
 *
 * @internal
 */
export interface PreparedSeries {
  label: string;
  key: string;
  /** The points, ascending by x. */
  points: MetricPoint[];
  /** The x of each point: its step or its timestamp. */
  xs: number[];
  /** The logged value of each point; NaN where none was sent. */
  raw: number[];
  /** The smoothed value of each point. */
  smoothed: number[];
  totalPoints: number;
  downsampled: boolean;
}

function xOf(point: MetricPoint, xAxis: MetricChartXAxis): number {
  return xAxis === 'step' ? point.step : point.timestamp;
}

/**
 * Orders a series' points along the x axis and smooths its values. The
 * average runs in logged (step) order, so switching the axis to time does
 * not change the smoothed line.
 *
 * @internal
 */
export function prepareSeries(
  label: string,
  series: MetricSeries,
  xAxis: MetricChartXAxis,
  smoothing: number,
): PreparedSeries {
  const values = series.points.map(p =>
    typeof p.value === 'number' ? p.value : NaN,
  );
  const smooth = smoothValues(values, smoothing);
  const order = series.points.map((_, i) => i);
  const sorted = series.points.every(
    (p, i) => i === 0 || xOf(series.points[i - 1], xAxis) <= xOf(p, xAxis),
  );
  if (!sorted) {
    order.sort(
      (a, b) =>
        xOf(series.points[a], xAxis) - xOf(series.points[b], xAxis) || a - b,
    );
  }
  const points = order.map(i => series.points[i]);
  return {
    label,
    key: series.key,
    points,
    xs: points.map(p => xOf(p, xAxis)),
    raw: order.map(i => values[i]),
    smoothed: order.map(i => smooth[i]),
    totalPoints: series.totalPoints,
    downsampled: series.downsampled,
  };
}

/**
 * The x range that holds every point of every series, widened when it is
 * a single value so that the point can be drawn in the middle.
 *
 * @internal
 */
export function fullXRange(
  series: readonly PreparedSeries[],
  xAxis: MetricChartXAxis,
): XRange {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (const x of s.xs) {
      if (Number.isFinite(x)) {
        if (x < min) min = x;
        if (x > max) max = x;
      }
    }
  }
  if (min > max) {
    return { min: 0, max: 1 };
  }
  if (min === max) {
    const pad = xAxis === 'step' ? 1 : 60_000;
    return { min: min - pad, max: max + pad };
  }
  return { min, max };
}
