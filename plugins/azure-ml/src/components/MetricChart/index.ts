/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export * from './MetricChart';
export * from './MetricChartControls';
export type { MetricChartXAxis } from './prepareSeries';
export { MAX_SMOOTHING } from './smoothSeries';
export * from './useMetricChartSettings';
