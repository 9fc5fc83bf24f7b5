/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useState } from 'react';
import type { MetricChartXAxis } from './prepareSeries';
import { MAX_SMOOTHING } from './smoothSeries';

/**
 * The settings a page's metric charts share, and their setters; made by
 * {@link useMetricChartSettings}, shown by `MetricChartControls`.
 *
 * @public
 */
export interface MetricChartSettings {
  /** What the x axis runs over. */
  xAxis: MetricChartXAxis;
  /** The smoothing weight, from 0 to 0.99. */
  smoothing: number;
  setXAxis(xAxis: MetricChartXAxis): void;
  /** Sets the smoothing weight, clamped to 0–0.99. */
  setSmoothing(smoothing: number): void;
}

/**
 * TensorBoard's default weight: enough to see the trend through noisy
 * per-batch losses.
 *
 * @public
 */
export const DEFAULT_SMOOTHING = 0.6;

/**
 * Holds the x axis and smoothing that all metric charts of a page share.
 *
 * @param initial - The starting axis (step) and smoothing (0.6).
 * @public
 */
export function useMetricChartSettings(
  initial: { xAxis?: MetricChartXAxis; smoothing?: number } = {},
): MetricChartSettings {
  const [xAxis, setXAxis] = useState<MetricChartXAxis>(initial.xAxis ?? 'step');
  const [smoothing, setRawSmoothing] = useState(
    initial.smoothing ?? DEFAULT_SMOOTHING,
  );
  const setSmoothing = (value: number) =>
    setRawSmoothing(Math.min(MAX_SMOOTHING, Math.max(0, value)));
  return { xAxis, smoothing, setXAxis, setSmoothing };
}
