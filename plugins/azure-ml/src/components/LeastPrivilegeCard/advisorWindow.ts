/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The windows the advisor offers, in days: the backend allows up to 90, as
 * long as Azure keeps the Activity Log.
 *
 * @internal
 */
export const ADVISOR_WINDOW_DAYS = [7, 30, 90] as const;

/**
 * How many days back the advisor reads.
 *
 * @internal
 */
export type AdvisorWindowDays = (typeof ADVISOR_WINDOW_DAYS)[number];

/**
 * The window `[from, to)` the advisor reads.
 *
 * @internal
 */
export interface AdvisorWindow {
  days: AdvisorWindowDays;
  /** ISO 8601, inclusive. */
  from: string;
  /** ISO 8601, exclusive. */
  to: string;
}

/**
 * The last `days` days up to `now`, both ends fixed when the window is
 * chosen, so that the request (and its key) stays the same until the user
 * picks another window.
 *
 * @internal
 */
export function advisorWindowEndingAt(
  days: AdvisorWindowDays,
  now: Date = new Date(),
): AdvisorWindow {
  return {
    days,
    from: new Date(now.getTime() - days * DAY_MS).toISOString(),
    to: now.toISOString(),
  };
}

/**
 * Whether `value` (a select's value) is one of the offered windows.
 *
 * @internal
 */
export function isAdvisorWindowDays(value: number): value is AdvisorWindowDays {
  return (ADVISOR_WINDOW_DAYS as readonly number[]).includes(value);
}
