/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * A logged metric value for reading: five significant digits, exponent
 * notation when it is very large or very small, and words for the values
 * that are not numbers.
 *
 * @internal
 */
export function formatMetricValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e6 || size < 1e-3)) {
    return value.toExponential(3);
  }
  return String(Number(value.toPrecision(5)));
}

/**
 * When a metric value was logged, as local date and time to the second.
 *
 * @internal
 */
export function formatMetricTime(timestamp: number): string {
  return new Date(timestamp).toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
