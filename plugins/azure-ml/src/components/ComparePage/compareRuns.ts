/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlJob,
  AzureMlJobMetrics,
  MetricSeries,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatMetricValue } from '../MetricChart/formatMetricValue';

/**
 * One row of the comparison table: a parameter or a metric's final value,
 * one cell per run.
 *
 * @internal
 */
export interface ComparisonRow {
  kind: 'parameter' | 'metric';
  name: string;
  /** One value per run, in the runs' order; absent where a run has none. */
  values: (string | undefined)[];
  /** Whether the runs disagree, counting a missing value as different. */
  differs: boolean;
}

/** A run as compared: the job and its metric histories. */
export interface ComparedRun {
  job: AzureMlJob;
  metrics: AzureMlJobMetrics;
}

function finalValue(series: MetricSeries | undefined): string | undefined {
  const last = series?.points[series.points.length - 1];
  return last ? formatMetricValue(last.value) : undefined;
}

function row(
  kind: ComparisonRow['kind'],
  name: string,
  values: (string | undefined)[],
): ComparisonRow {
  return { kind, name, values, differs: new Set(values).size > 1 };
}

function sortedUnion(keys: string[][]): string[] {
  return [...new Set(keys.flat())].sort((a, b) => a.localeCompare(b));
}

/**
 * The names of every metric any run logged, sorted.
 *
 * @internal
 */
export function metricKeys(runs: ComparedRun[]): string[] {
  return sortedUnion(runs.map(run => run.metrics.series.map(s => s.key)));
}

/**
 * The comparison table of several runs: every parameter any run has, then
 * every metric's final (last logged) value, each marked when the runs
 * differ.
 *
 * @internal
 */
export function compareRuns(runs: ComparedRun[]): ComparisonRow[] {
  const parameters = sortedUnion(
    runs.map(run => Object.keys(run.job.parameters)),
  ).map(name =>
    row(
      'parameter',
      name,
      runs.map(run => run.job.parameters[name]),
    ),
  );
  const metrics = metricKeys(runs).map(key =>
    row(
      'metric',
      key,
      runs.map(run =>
        finalValue(run.metrics.series.find(series => series.key === key)),
      ),
    ),
  );
  return [...parameters, ...metrics];
}
