/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { parseInput } from '../routes/zodInput';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The window when none is asked for: the last 30 days. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The longest window: Azure keeps 90 days of Activity Log. */
export const MAX_WINDOW_DAYS = 90;

const isoTime = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: issue =>
      `'${String(
        issue.input,
      )}' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z`,
  })
  .transform(value => new Date(value).toISOString())
  .optional();

const windowQuery = z.strictObject({ from: isoTime, to: isoTime });

/**
 * The window `[from, to)` of a least-privilege request: `to` defaults to
 * now, `from` to 30 days before `to`; both ISO 8601 (a date is midnight
 * UTC). Throws `InputError` (400) for a value that is no such time, an
 * unknown parameter, `from` not before `to`, or a window longer than 90
 * days.
 *
 * @internal
 */
export function readLeastPrivilegeWindow(
  query: unknown,
  now: Date = new Date(),
): { from: string; to: string } {
  const parsed = parseInput(windowQuery, query, {
    what: 'query',
    root: 'query',
  });
  const to = parsed.to ?? now.toISOString();
  const from =
    parsed.from ??
    new Date(Date.parse(to) - DEFAULT_WINDOW_DAYS * DAY_MS).toISOString();
  if (from >= to) {
    throw new InputError(
      `Invalid query: from (${from}) must be before to (${to})`,
    );
  }
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
  if (days > MAX_WINDOW_DAYS) {
    throw new InputError(
      `Invalid query: the window from ${from} to ${to} is ${Math.ceil(
        days,
      )} days long; at most ${MAX_WINDOW_DAYS} days are allowed (Azure keeps 90 days of Activity Log)`,
    );
  }
  return { from, to };
}
