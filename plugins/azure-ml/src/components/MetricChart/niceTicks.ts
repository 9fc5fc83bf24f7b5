/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Tick positions of an axis and the distance between two ticks, which tells
 * how many decimals a label needs.
 *
 * @internal
 */
export interface AxisTicks {
  /** The tick positions, ascending. */
  values: number[];
  /** The distance between two neighbouring ticks. */
  step: number;
}

/**
 * A value axis stretched to round numbers: its bounds are the first and the
 * last tick.
 *
 * @internal
 */
export interface NiceDomain extends AxisTicks {
  min: number;
  max: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Time steps that read well on a clock, in milliseconds. */
const TIME_STEPS = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  SECOND,
  2 * SECOND,
  5 * SECOND,
  10 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

/**
 * The "nice" step (1, 2 or 5 times a power of ten) that splits `span` into
 * about `count` intervals (Heckbert, "Nice numbers for graph labels").
 */
function niceStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  if (fraction < 1.5) return magnitude;
  if (fraction < 3) return 2 * magnitude;
  if (fraction < 7) return 5 * magnitude;
  return 10 * magnitude;
}

/** How many decimals a multiple of `step` needs. */
export function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step)));
}

/** The multiples of `step` from `first` to `last` times, free of float noise. */
function multiples(first: number, last: number, step: number): number[] {
  const decimals = Math.min(20, stepDecimals(step));
  const values: number[] = [];
  for (let i = first; i <= last; i++) {
    values.push(Number((i * step).toFixed(decimals)));
  }
  return values;
}

/** Widens an empty or inverted range so that ticks can be laid on it. */
function spread(min: number, max: number): [number, number] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (hi > lo) return [lo, hi];
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/**
 * About `count` round tick values that lie within `[min, max]`, for an axis
 * whose bounds are fixed (the x axis, which the zoom sets).
 *
 * @param minStep - The smallest step to use, itself a nice number: 1 for
 *   training steps, which are whole numbers.
 * @internal
 */
export function niceTicks(
  min: number,
  max: number,
  count = 5,
  minStep = 0,
): AxisTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return { values: [], step: 1 };
  }
  const [lo, hi] = spread(min, max);
  const step = Math.max(minStep, niceStep(hi - lo, count));
  return {
    values: multiples(Math.ceil(lo / step), Math.floor(hi / step), step),
    step,
  };
}

/**
 * The range `[min, max]` widened to round tick values at both ends, with
 * about `count` ticks, for the value (y) axis.
 *
 * @internal
 */
export function niceDomain(min: number, max: number, count = 5): NiceDomain {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return { min: 0, max: 1, values: [0, 1], step: 1 };
  }
  const [lo, hi] = spread(min, max);
  const step = niceStep(hi - lo, count);
  const values = multiples(Math.floor(lo / step), Math.ceil(hi / step), step);
  return { min: values[0], max: values[values.length - 1], values, step };
}

/**
 * About `count` tick times within `[min, max]` (milliseconds since the
 * epoch), a clock-friendly step apart (1 s, 15 s, 5 min, 1 h, ...), aligned
 * to the local clock so that labels read 10:15, 10:30 rather than 10:13.
 *
 * @internal
 */
export function niceTimeTicks(min: number, max: number, count = 5): AxisTicks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return { values: [], step: SECOND };
  }
  const [lo, hi] = spread(min, max);
  const rough = (hi - lo) / Math.max(1, count);
  const step =
    TIME_STEPS.find(candidate => candidate >= rough) ??
    niceStep(hi - lo, count * DAY) * DAY;
  // The local clock is `offset` ms ahead of UTC; steps of a day or less are
  // aligned to local midnight.
  const offset = step <= DAY ? -new Date(lo).getTimezoneOffset() * MINUTE : 0;
  const values: number[] = [];
  for (
    let t = Math.ceil((lo + offset) / step) * step - offset;
    t <= hi;
    t += step
  ) {
    values.push(t);
  }
  return { values, step };
}

/**
 * The label of a tick of a value or step axis: as many decimals as the tick
 * step needs, and exponent notation for very large or small numbers.
 *
 * @internal
 */
export function formatTick(value: number, step: number): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  if (magnitude >= 6 || step < 1e-4) {
    const digits = Math.min(6, stepDecimals(step / 10 ** magnitude));
    return value.toExponential(digits);
  }
  return value.toFixed(stepDecimals(step));
}

/**
 * The label of a tick of the time axis: seconds only when the step is
 * shorter than a minute, and the date instead of the time for steps of a day
 * or more.
 *
 * @internal
 */
export function formatTimeTick(time: number, step: number): string {
  const date = new Date(time);
  if (step >= DAY) {
    return date.toLocaleDateString(undefined, {
      month: 'short',
      day: 'numeric',
    });
  }
  return date.toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    ...(step < MINUTE ? { second: '2-digit' } : {}),
  });
}
