/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditFilter } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import type { AuditQuery } from './AuditLedger';
import { canonicalParameters } from './canonicalEventEncoding';

/**
 * The order of a page of the log: newest first (the default) or oldest first.
 *
 * @internal
 */
export type AuditOrder = NonNullable<AuditQuery['order']>;

type PageCursor = {
  /** Version of the token format. */
  v: 1;
  /** The order the page was read in. */
  o: AuditOrder;
  /** The sequence of the last event of the previous page. */
  s: number;
  /** A digest of the filter, so a token is only used with its own query. */
  f: string;
};

function filterDigest(filter: AzureMlAuditFilter): string {
  return createHash('sha256')
    .update(canonicalParameters(filter))
    .digest('base64url')
    .slice(0, 16);
}

function invalid(reason: string): InputError {
  return new InputError(
    `Invalid pageToken: ${reason}; pass the nextPageToken of the previous page unchanged, with the same filters`,
  );
}

/**
 * The opaque token of the page after the event at `sequence`, bound to the
 * filter and order it was read with.
 *
 * @internal
 */
export function encodeAuditPageToken(
  filter: AzureMlAuditFilter,
  order: AuditOrder,
  sequence: number,
): string {
  const cursor: PageCursor = {
    v: 1,
    o: order,
    s: sequence,
    f: filterDigest(filter),
  };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/**
 * The sequence a page token continues after; throws `InputError` (400) for
 * a token that is not one of ours or belongs to another query.
 *
 * @internal
 */
export function decodeAuditPageToken(
  token: string,
  filter: AzureMlAuditFilter,
  order: AuditOrder,
): number {
  let cursor: Partial<PageCursor>;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new Error('not base64url');
    cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid('it is not a page token of the audit log');
  }
  if (
    !cursor ||
    cursor.v !== 1 ||
    !Number.isSafeInteger(cursor.s) ||
    (cursor.s as number) < 0 ||
    typeof cursor.f !== 'string'
  ) {
    throw invalid('it is not a page token of the audit log');
  }
  if (cursor.o !== order || cursor.f !== filterDigest(filter)) {
    throw invalid('it belongs to a query with other filters or another order');
  }
  return cursor.s as number;
}
