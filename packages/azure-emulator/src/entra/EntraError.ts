/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';

/** An error the Microsoft identity platform answers with an `AADSTS` code. */
export class EntraError extends Error {
  constructor(
    readonly status: number,
    /** The OAuth 2.0 error, e.g. `invalid_client`. */
    readonly error: string,
    /** The AADSTS number, e.g. 7000215. */
    readonly code: number,
    message: string,
    readonly suberror?: string,
  ) {
    super(message);
  }
}

/** Entra's timestamp format: `2026-01-31 09:15:02Z`. */
export function entraTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** Where an error was seen, for the trace lines Entra appends. */
export type ErrorTrace = { correlationId?: string; nowMs: number };

/** The `error_description`: the AADSTS message followed by Entra's trace lines. */
export function errorDescription(
  error: EntraError,
  trace: ErrorTrace & { traceId: string; correlationId: string },
): string {
  return [
    `AADSTS${error.code}: ${error.message}`,
    `Trace ID: ${trace.traceId}`,
    `Correlation ID: ${trace.correlationId}`,
    `Timestamp: ${entraTimestamp(trace.nowMs)}`,
  ].join('\r\n');
}

/** The JSON body of an error answer from the token endpoint. */
export function entraErrorBody(error: EntraError, trace: ErrorTrace) {
  const ids = {
    traceId: randomUUID(),
    correlationId: trace.correlationId ?? randomUUID(),
  };
  return {
    error: error.error,
    error_description: errorDescription(error, { ...trace, ...ids }),
    error_codes: [error.code],
    timestamp: entraTimestamp(trace.nowMs),
    trace_id: ids.traceId,
    correlation_id: ids.correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${error.code}`,
    ...(error.suberror ? { suberror: error.suberror } : {}),
  };
}
