/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Response } from 'express';

/**
 * An error in ARM's format: `{ "error": { "code", "message" } }` with an HTTP
 * status. Graph and MLflow use their own shapes (see their routers).
 */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendArmError(res: Response, error: ArmError) {
  for (const [name, value] of Object.entries(error.headers)) {
    res.setHeader(name, value);
  }
  res.status(error.status).json({
    error: { code: error.code, message: error.message },
  });
}
