/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RequestHandler, Response } from 'express';

/** The error codes MLflow's REST API answers with, and their HTTP statuses. */
const STATUS_OF = {
  INVALID_PARAMETER_VALUE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  RESOURCE_DOES_NOT_EXIST: 404,
  ENDPOINT_NOT_FOUND: 404,
  REQUEST_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  TEMPORARILY_UNAVAILABLE: 503,
} as const;

export type MlflowErrorCode = keyof typeof STATUS_OF;

/** An error in MLflow's format: `{ "error_code", "message" }`. */
export class MlflowError extends Error {
  constructor(
    readonly code: MlflowErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export function invalidParameter(message: string): MlflowError {
  return new MlflowError('INVALID_PARAMETER_VALUE', message);
}

export function sendMlflowError(res: Response, error: MlflowError) {
  res.set(error.headers);
  res.status(error.status).json({
    error_code: error.code,
    message: error.message,
  });
}

/** Runs a handler and answers MlflowErrors it throws in MLflow's shape. */
export function mlflowHandler(handler: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (error) {
      if (error instanceof MlflowError) sendMlflowError(res, error);
      else next(error);
    }
  };
}
