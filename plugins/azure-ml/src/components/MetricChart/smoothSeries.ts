/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The largest smoothing weight the slider offers; at 1 the line would never
 * move from its first value.
 *
 * @internal
 */
export const MAX_SMOOTHING = 0.99;

/**
 * Smooths values with an exponential moving average the way TensorBoard
 * does: `last = last * weight + (1 - weight) * value`, divided by
 * `1 - weight^n` after `n` values. That debiasing keeps the start of the
 * line from being pulled towards 0, where the average starts.
 *
 * @remarks
 *
 * Values that are not finite (NaN, infinities) are passed through and do not
 * enter the average; a series of one constant value is returned as is, since
 * float rounding would otherwise make it wobble.
 *
 * @param values - The values, in the order they were logged.
 * @param weight - From 0 (no smoothing) to {@link MAX_SMOOTHING}; clamped.
 * @internal
 */
export function smoothValues(
  values: readonly number[],
  weight: number,
): number[] {
  const w = Math.min(MAX_SMOOTHING, Math.max(0, weight || 0));
  const constant = values.every(v => v === values[0]);
  if (w === 0 || constant) {
    return values.slice();
  }
  let last = 0;
  let count = 0;
  return values.map(value => {
    if (!Number.isFinite(value)) {
      return value;
    }
    last = last * w + (1 - w) * value;
    count += 1;
    return last / (1 - w ** count);
  });
}
