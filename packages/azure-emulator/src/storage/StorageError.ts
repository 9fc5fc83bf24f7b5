/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Response } from 'express';
import { escapeXml } from './blobXml';

/**
 * An error of the Blob service, answered as Azure Storage answers it: an
 * XML `<Error>` with `Code` and `Message` (plus details for some codes) and
 * the code again in `x-ms-error-code`.
 */
export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sends a StorageError; the message ends with the request id and time, as Azure's do. */
export function sendStorageError(
  res: Response,
  error: StorageError,
  nowMs: number,
): void {
  const requestId = String(res.getHeader('x-ms-request-id') ?? '');
  const message = `${error.message}\nRequestId:${requestId}\nTime:${new Date(
    nowMs,
  ).toISOString()}`;
  const details = Object.entries(error.details)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('');
  for (const [name, value] of Object.entries(error.headers)) {
    res.setHeader(name, value);
  }
  res
    .status(error.status)
    .setHeader('x-ms-error-code', error.code)
    .type('application/xml')
    .send(
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${
        error.code
      }</Code><Message>${escapeXml(message)}</Message>${details}</Error>`,
    );
}
