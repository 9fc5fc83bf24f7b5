/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ErrorRequestHandler } from 'express';

/**
 * Error middleware that, for an error that says when to retry (Azure's
 * `Retry-After` carried by `AzureRetryableError`), sets the same
 * `Retry-After` on the portal's 503, then hands the error on to Backstage's
 * error middleware.
 *
 * @internal
 */
export function retryAfterHeader(): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const retryAfterMs = (error as { retryAfterMs?: unknown })?.retryAfterMs;
    if (typeof retryAfterMs === 'number' && !res.headersSent) {
      res.setHeader(
        'Retry-After',
        String(Math.max(1, Math.ceil(retryAfterMs / 1000))),
      );
    }
    next(error);
  };
}
