/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { HttpHeaders } from '@azure/core-rest-pipeline';

/**
 * How long an Azure answer asks the client to wait before trying again, in
 * milliseconds, from (in this order, as `@azure/core-rest-pipeline` reads
 * them) `retry-after-ms`, `x-ms-retry-after-ms` and `Retry-After` (seconds,
 * or an HTTP date). `undefined` when no header gives a usable value; a date in
 * the past gives 0.
 *
 * @param headers - The response's headers.
 * @param now - The current time in ms, for `Retry-After` dates.
 * @public
 */
export function retryAfterMs(
  headers: Pick<HttpHeaders, 'get'>,
  now: number = Date.now(),
): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = nonNegativeNumber(headers.get(name));
    if (ms !== undefined) return ms;
  }
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = nonNegativeNumber(value);
  if (seconds !== undefined) return seconds * 1000;
  // An HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`), never a bare number.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function nonNegativeNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}
