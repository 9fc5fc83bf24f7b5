/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';

/**
 * An error in Graph's format: `{ "error": { "code", "message", "innerError":
 * { "date", "request-id", "client-request-id" } } }` with an HTTP status.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function badRequest(message: string): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

export function resourceNotFound(id: string): GraphError {
  return new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** Graph's `innerError.date`: UTC, seconds precision, no zone suffix. */
function graphDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function sendGraphError(
  ctx: EmulatorContext,
  req: Request,
  res: Response,
  error: GraphError,
) {
  for (const [name, value] of Object.entries(error.headers)) {
    res.setHeader(name, value);
  }
  const requestId = String(res.getHeader('request-id') ?? '');
  res.status(error.status).json({
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: graphDate(ctx.now()),
        'request-id': requestId,
        'client-request-id': String(
          req.headers['client-request-id'] ?? requestId,
        ),
      },
    },
  });
}
