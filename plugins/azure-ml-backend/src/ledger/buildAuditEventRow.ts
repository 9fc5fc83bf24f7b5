/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { AuditRecord } from './AuditLedger';
import type { AuditEventRow } from './auditEventRow';
import { canonicalParameters, eventHash } from './canonicalEventEncoding';
import { redactParameters } from './redactParameters';

const OUTCOMES = new Set(['initiated', 'succeeded', 'failed', 'denied']);
const SOURCES = new Set([
  'portal',
  'scaffolder',
  'catalog',
  'azure-activity-log',
]);
const DENIERS = new Set(['backstage', 'azure']);

/**
 * Makes a string safe to store and read back unchanged: PostgreSQL refuses
 * NUL characters, and a lone UTF-16 surrogate would come back as U+FFFD, so
 * the row would no longer match its hash. Cuts it to `max` characters.
 */
function storable(
  value: string | null | undefined,
  max: number,
): string | null {
  if (value === undefined || value === null) return null;
  const cut = String(value).slice(0, max);
  return (
    cut
      // eslint-disable-next-line no-control-regex
      .replace(/\u0000/g, '\uFFFD')
      .replace(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
        '\uFFFD',
      )
  );
}

function required(value: string | undefined, max: number, name: string) {
  const stored = storable(value, max);
  if (!stored) throw new Error(`An audit record needs ${name}`);
  return stored;
}

function oneOf(value: string | undefined, allowed: Set<string>, name: string) {
  if (value !== undefined && !allowed.has(value)) {
    throw new Error(`'${value}' is not an audit ${name}`);
  }
  return value ?? null;
}

/**
 * The row that appends a record at `sequence`, after the event whose hash is
 * `previousHash`: parameters redacted, strings cut to their column's size,
 * the time now unless the record gives one, and the HMAC of it all.
 *
 * @internal
 */
export function buildAuditEventRow(
  secret: string,
  record: AuditRecord,
  position: { sequence: number; previousHash: string },
): AuditEventRow {
  const time = record.time ?? new Date();
  if (Number.isNaN(time.getTime())) {
    throw new Error('An audit record needs a valid time');
  }
  const { actor } = record;
  const unsigned: Omit<AuditEventRow, 'hash'> = {
    sequence: position.sequence,
    id: randomUUID(),
    time: time.toISOString(),
    actor_user_entity_ref: storable(actor.userEntityRef, 255),
    actor_object_id: storable(actor.objectId, 64),
    actor_tenant_id: storable(actor.tenantId, 64),
    actor_service: storable(actor.service, 255),
    action: required(record.action, 64, 'an action'),
    target_resource_id: storable(record.targetResourceId, 2048),
    workspace_id: storable(record.workspaceId, 2048),
    parameters: canonicalParameters(redactParameters(record.parameters)),
    outcome: oneOf(record.outcome, OUTCOMES, 'outcome')!,
    error_code: storable(record.errorCode, 255),
    denied_by: oneOf(record.deniedBy, DENIERS, 'denier'),
    message: storable(record.message, 8192),
    correlation_id: storable(record.correlationId, 255),
    request_id: storable(record.requestId, 255),
    client_ip: storable(record.clientIp, 64),
    user_agent: storable(record.userAgent, 1024),
    source: oneOf(record.source, SOURCES, 'source')!,
    external_id: storable(record.externalId, 255),
    previous_hash: position.previousHash,
  };
  if (!unsigned.outcome || !unsigned.source) {
    throw new Error('An audit record needs an outcome and a source');
  }
  return { ...unsigned, hash: eventHash(secret, unsigned) };
}
