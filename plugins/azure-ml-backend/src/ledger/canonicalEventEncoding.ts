/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditCheckpointRow, AuditEventRow } from './auditEventRow';

/**
 * The hash the first event of a chain links to: 64 zeros.
 *
 * @internal
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Every stored column but `hash`, in the order they are encoded. A new
 * column is added at the end under a new {@link CANONICAL_VERSION}, so
 * events written before still verify.
 */
const CANONICAL_COLUMNS = [
  'sequence',
  'id',
  'time',
  'actor_user_entity_ref',
  'actor_object_id',
  'actor_tenant_id',
  'actor_service',
  'action',
  'target_resource_id',
  'workspace_id',
  'parameters',
  'outcome',
  'error_code',
  'denied_by',
  'message',
  'correlation_id',
  'request_id',
  'client_ip',
  'user_agent',
  'source',
  'external_id',
  'previous_hash',
] as const satisfies readonly (keyof AuditEventRow)[];

const CANONICAL_VERSION = 'azure-ml-audit-event/v1';

/**
 * The canonical encoding of an event: a JSON array whose first element is
 * the version tag and whose others are the stored values of
 * {@link CANONICAL_COLUMNS}, in that fixed order, `null` where a column is
 * empty, `sequence` as a number.
 *
 * JSON makes it length-unambiguous (every string is quoted and escaped, so
 * no value can run into the next), and deterministic: the values are the
 * exact text the database holds (parameters are stored as JSON text with
 * sorted keys, see {@link canonicalParameters}; the time as an ISO 8601
 * string), so a row read back encodes to the same bytes it was hashed from.
 *
 * @internal
 */
export function canonicalEventEncoding(
  row: Omit<AuditEventRow, 'hash'>,
): string {
  return JSON.stringify([
    CANONICAL_VERSION,
    ...CANONICAL_COLUMNS.map(column =>
      column === 'sequence' ? Number(row.sequence) : row[column] ?? null,
    ),
  ]);
}

/** Orders strings by UTF-16 code units, as JavaScript compares them, in any locale. */
function byCodeUnits([a]: [string, unknown], [b]: [string, unknown]): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).sort(byCodeUnits),
    );
  }
  return value;
}

/**
 * Parameters as stored: JSON with every object's keys sorted, so equal
 * parameters are always the same text.
 *
 * @internal
 */
export function canonicalParameters(parameters: unknown): string {
  return JSON.stringify(parameters ?? {}, sortKeys);
}

/**
 * An event's hash: HMAC-SHA-256 keyed with the ledger's secret over the
 * previous event's hash followed by the event's canonical encoding, hex.
 * The previous hash is always 64 hex digits, so the two cannot blur.
 *
 * @internal
 */
export function eventHash(
  secret: string,
  row: Omit<AuditEventRow, 'hash'>,
): string {
  return createHmac('sha256', secret)
    .update(row.previous_hash)
    .update(canonicalEventEncoding(row))
    .digest('hex');
}

/**
 * A checkpoint's signature: HMAC-SHA-256 over its sequence, hash and time,
 * so a checkpoint cannot be forged to hide events removed from the start
 * of the chain.
 *
 * @internal
 */
export function checkpointSignature(
  secret: string,
  checkpoint: Omit<AuditCheckpointRow, 'signature'>,
): string {
  return createHmac('sha256', secret)
    .update(
      JSON.stringify([
        'azure-ml-audit-checkpoint/v1',
        Number(checkpoint.sequence),
        checkpoint.hash,
        checkpoint.time,
      ]),
    )
    .digest('hex');
}

/**
 * Compares two hex digests in constant time.
 *
 * @internal
 */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
