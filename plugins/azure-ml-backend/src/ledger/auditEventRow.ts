/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditAction,
  AzureMlAuditEvent,
  AzureMlAuditOutcome,
  AzureMlAuditSource,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/** The ledger's tables. @internal */
export const AUDIT_EVENTS_TABLE = 'azure_ml_audit_events';
/** @internal */
export const AUDIT_CHECKPOINTS_TABLE = 'azure_ml_audit_checkpoints';

/**
 * One row of `azure_ml_audit_events`, as stored and as hashed: every value
 * is the exact text the database holds (parameters as JSON text, the time
 * as an ISO 8601 string), so verifying never depends on a conversion.
 * PostgreSQL returns `bigint` columns as strings, hence `sequence`'s type.
 *
 * @internal
 */
export interface AuditEventRow {
  sequence: number | string;
  id: string;
  time: string;
  actor_user_entity_ref: string | null;
  actor_object_id: string | null;
  actor_tenant_id: string | null;
  actor_service: string | null;
  action: string;
  target_resource_id: string | null;
  workspace_id: string | null;
  parameters: string;
  outcome: string;
  error_code: string | null;
  denied_by: string | null;
  message: string | null;
  correlation_id: string | null;
  request_id: string | null;
  client_ip: string | null;
  user_agent: string | null;
  source: string;
  external_id: string | null;
  previous_hash: string;
  hash: string;
}

/**
 * One row of `azure_ml_audit_checkpoints`: the last event a prune removed.
 *
 * @internal
 */
export interface AuditCheckpointRow {
  sequence: number | string;
  hash: string;
  time: string;
  signature: string;
}

const present = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * The event a row stands for, as the API answers it.
 *
 * @internal
 */
export function toAuditEvent(row: AuditEventRow): AzureMlAuditEvent {
  const actor = Object.fromEntries(
    Object.entries({
      userEntityRef: row.actor_user_entity_ref,
      objectId: row.actor_object_id,
      tenantId: row.actor_tenant_id,
      service: row.actor_service,
    }).filter(([, v]) => v !== null),
  );
  const event: AzureMlAuditEvent = {
    sequence: Number(row.sequence),
    id: row.id,
    time: row.time,
    actor,
    action: row.action as AzureMlAuditAction,
    targetResourceId: present(row.target_resource_id),
    workspaceId: present(row.workspace_id),
    parameters: JSON.parse(row.parameters),
    outcome: row.outcome as AzureMlAuditOutcome,
    errorCode: present(row.error_code),
    deniedBy: present(row.denied_by) as AzureMlAuditEvent['deniedBy'],
    message: present(row.message),
    correlationId: present(row.correlation_id),
    requestId: present(row.request_id),
    clientIp: present(row.client_ip),
    userAgent: present(row.user_agent),
    source: row.source as AzureMlAuditSource,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
  for (const key of Object.keys(event) as (keyof AzureMlAuditEvent)[]) {
    if (event[key] === undefined) delete event[key];
  }
  return event;
}
