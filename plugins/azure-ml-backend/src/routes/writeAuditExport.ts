/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Response } from 'express';
import { once } from 'node:events';
import type { AuditExportEncoder } from './auditExportFormats';

/**
 * Streams events to the response as a file download, with backpressure.
 * The first event is read before anything is sent, so a ledger that
 * cannot be read is still answered with an error status; a failure later
 * aborts the response (and is rethrown, to be logged), so the client sees a
 * broken download rather than a file that looks complete. Stops reading
 * when the client goes away.
 *
 * @internal
 */
export async function writeAuditExport(
  res: Response,
  events: AsyncIterable<AzureMlAuditEvent>,
  encoder: AuditExportEncoder,
  fileName: string,
): Promise<void> {
  const iterator = events[Symbol.asyncIterator]();
  let next = await iterator.next();

  res.status(200);
  res.setHeader('content-type', encoder.contentType);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.write(encoder.header);
  try {
    while (!next.done) {
      if (res.destroyed) {
        await iterator.return?.();
        return;
      }
      if (!res.write(encoder.encode(next.value))) {
        await Promise.race([once(res, 'drain'), once(res, 'close')]);
      }
      next = await iterator.next();
    }
  } catch (error) {
    // Headers are out: only cutting the connection tells the client. The
    // error middleware still logs the error.
    res.destroy();
    throw error;
  }
  res.end();
}
