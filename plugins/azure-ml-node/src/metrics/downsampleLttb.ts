/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { MetricPoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';

/**
 * The x of each point: its step while steps strictly increase; otherwise
 * (steps repeat, as MLflow's default step 0 does for values logged without
 * one, or go back after a resumed run) its position in the series, so every
 * value still spans the x axis and its spikes still stand out.
 */
function xCoordinates(points: readonly MetricPoint[]): Float64Array {
  const xs = new Float64Array(points.length);
  let increasing = true;
  for (let i = 0; i < points.length; i++) {
    const step = points[i].step;
    xs[i] = step;
    if (!Number.isFinite(step) || (i > 0 && !(step > xs[i - 1]))) {
      increasing = false;
    }
  }
  if (!increasing) for (let i = 0; i < xs.length; i++) xs[i] = i;
  return xs;
}

/**
 * Thins a metric series out to at most `maxPoints` points for a chart with
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013), which keeps the
 * series' visual shape: peaks, dips and spikes survive.
 *
 * @remarks
 *
 * The first and the last point are always kept; the points between are cut
 * into `maxPoints - 2` buckets of equal count, and from each bucket the point
 * is kept that spans the largest triangle with the point kept from the
 * previous bucket and the average of the next bucket. x is the step (see
 * below for repeated steps), y the value. Points keep their order, and the
 * points returned are the input's own objects.
 *
 * - A series of `maxPoints` points or fewer is returned as it is (the same
 *   array).
 * - `maxPoints` 2 gives the first and the last point, 1 the last, 0 none;
 *   fractions are rounded down.
 * - Values that are NaN or infinite (a diverged loss) take no part in
 *   triangles or averages; a bucket with no finite value keeps its first
 *   point, so the gap stays visible.
 * - When steps do not strictly increase (repeated steps, such as MLflow's
 *   step 0 for values logged without a step), a point's position in the
 *   series serves as its x.
 *
 * Runs in linear time: a million points take tens of milliseconds in Node.js.
 *
 * @param points - The series, in step order.
 * @param maxPoints - The most points to return.
 * @throws `InputError` when `maxPoints` is negative or not a number.
 * @public
 */
export function downsampleLttb<P extends MetricPoint>(
  points: P[],
  maxPoints: number,
): P[] {
  if (typeof maxPoints !== 'number' || !(maxPoints >= 0)) {
    throw new InputError(
      `maxPoints must be a number of 0 or more, got ${maxPoints}`,
    );
  }
  const target = Math.floor(maxPoints);
  const n = points.length;
  if (n <= target) return points;
  if (target === 0) return [];
  if (target === 1) return [points[n - 1]];
  if (target === 2) return [points[0], points[n - 1]];

  const xs = xCoordinates(points);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) ys[i] = points[i].value;

  const buckets = target - 2;
  const inner = n - 2;
  // Bucket b holds indices [bucketStart(b), bucketStart(b + 1)); integer
  // arithmetic, so the last bucket ends exactly before the last point.
  const bucketStart = (b: number) => Math.floor((b * inner) / buckets) + 1;

  const sampled: P[] = new Array(target);
  sampled[0] = points[0];
  let kept = 0;
  for (let b = 0; b < buckets; b++) {
    const start = bucketStart(b);
    const end = bucketStart(b + 1);
    const nextEnd = b === buckets - 1 ? n : bucketStart(b + 2);

    let sumX = 0;
    let sumY = 0;
    let count = 0;
    for (let j = end; j < nextEnd; j++) {
      if (Number.isFinite(ys[j])) {
        sumX += xs[j];
        sumY += ys[j];
        count++;
      }
    }
    const ax = xs[kept];
    const keptY = ys[kept];
    // Without a finite value ahead, the triangle closes on the kept point's
    // height: the pick is then the value farthest from it.
    const fallbackY = Number.isFinite(keptY) ? keptY : 0;
    const cx = count ? sumX / count : xs[nextEnd - 1];
    const cy = count ? sumY / count : fallbackY;
    const ay = Number.isFinite(keptY) ? keptY : cy;

    let chosen = start;
    let largest = -1;
    for (let j = start; j < end; j++) {
      const by = ys[j];
      if (!Number.isFinite(by)) continue;
      const area = Math.abs((ax - cx) * (by - ay) - (ax - xs[j]) * (cy - ay));
      if (area > largest) {
        largest = area;
        chosen = j;
      }
    }
    sampled[b + 1] = points[chosen];
    kept = chosen;
  }
  sampled[target - 1] = points[n - 1];
  return sampled;
}
