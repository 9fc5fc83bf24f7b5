/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Every action an audit event can record.
 *
 * @public
 */
export const azureMlAuditActions = [
  'job.cancel',
  'job.submit',
  'endpoint.traffic.update',
  'endpoint.deployment.create',
  'model.register',
  'data.register',
  'environment.create',
  'identity.federate',
  'template.run',
  'catalog.refresh',
  'azure.activity',
  'audit.prune',
] as const;

/**
 * What an audit event records was done, for example `job.cancel`.
 *
 * @public
 */
export type AzureMlAuditAction = (typeof azureMlAuditActions)[number];

/**
 * Every outcome an audit event can record.
 *
 * @public
 */
export const azureMlAuditOutcomes = [
  'initiated',
  'succeeded',
  'failed',
  'denied',
] as const;

/**
 * How an attempt ended, or that it began: `initiated` is written before
 * Azure is called, and one of the others after.
 *
 * @public
 */
export type AzureMlAuditOutcome = (typeof azureMlAuditOutcomes)[number];

/**
 * Every source an audit event can come from.
 *
 * @public
 */
export const azureMlAuditSources = [
  'portal',
  'scaffolder',
  'catalog',
  'azure-activity-log',
] as const;

/**
 * Where an event came from: the portal's API, a software template, the
 * catalog's ingestion, or Azure's own Activity Log (actions taken in Azure
 * directly, imported).
 *
 * @public
 */
export type AzureMlAuditSource = (typeof azureMlAuditSources)[number];

/**
 * Who acted: a Backstage user with the Entra identity the call was made as,
 * or a service identity (the portal's own, or a principal seen in Azure's
 * Activity Log).
 *
 * @public
 */
export interface AzureMlAuditActor {
  /** The Backstage user, as an entity ref, when a user acted through the portal. */
  userEntityRef?: string;
  /** The Entra object id of the user or service principal. */
  objectId?: string;
  /** The Entra tenant of `objectId`. */
  tenantId?: string;
  /** A service identity, for example `plugin:catalog` or an Activity Log caller such as a UPN or app id. */
  service?: string;
}

/**
 * One event of the audit ledger, as read back.
 *
 * @public
 */
export interface AzureMlAuditEvent {
  /** The event's place in the chain: 1, 2, 3, ... with no gaps. */
  sequence: number;
  /** A unique id of the event. */
  id: string;
  /** When the event was recorded, ISO 8601. */
  time: string;
  actor: AzureMlAuditActor;
  action: AzureMlAuditAction;
  /** The Azure Resource Manager id acted on. */
  targetResourceId?: string;
  /** The ARM id of the workspace the target is in. */
  workspaceId?: string;
  /** The action's parameters, with secrets replaced by `[redacted]`. */
  parameters: Record<string, unknown>;
  outcome: AzureMlAuditOutcome;
  /** For `failed`: Azure's or the portal's error code. */
  errorCode?: string;
  /** For `denied`: which lock refused. */
  deniedBy?: 'backstage' | 'azure';
  /** A message in words, for failures and denials. */
  message?: string;
  /** Azure's `x-ms-correlation-request-id`, to join portal events to the Activity Log. */
  correlationId?: string;
  /** The portal's request id (the `initiated` and outcome events of one attempt share it). */
  requestId?: string;
  clientIp?: string;
  userAgent?: string;
  source: AzureMlAuditSource;
  /** The hash of the previous event (hex), or of the checkpoint it follows. */
  previousHash: string;
  /** This event's HMAC-SHA-256 over the previous hash and its canonical encoding (hex). */
  hash: string;
}

/**
 * Filters of the audit log; every filter that is set must match.
 *
 * @public
 */
export interface AzureMlAuditFilter {
  /** The Backstage user ref, Entra object id or service name of the actor. */
  actor?: string;
  action?: AzureMlAuditAction[];
  /** The workspace's ARM id. */
  workspaceId?: string;
  /** The target's ARM id, or an ARM id prefix it lies under. */
  targetResourceId?: string;
  outcome?: AzureMlAuditOutcome[];
  source?: AzureMlAuditSource[];
  correlationId?: string;
  /** Events at or after this time, ISO 8601. */
  from?: string;
  /** Events before this time, ISO 8601. */
  to?: string;
}

/**
 * What verifying the chain found.
 *
 * @public
 */
export interface AzureMlAuditVerification {
  /** Whether every event links to the one before and its hash is right. */
  valid: boolean;
  /** How many events were checked. */
  checkedEvents: number;
  /** The sequence the walk started from: 1, or the checkpoint's after a prune. */
  fromSequence: number;
  /** The last sequence checked. */
  toSequence: number;
  /** The first link that is broken, when one is. */
  firstBroken?: {
    sequence: number;
    reason:
      | 'hash-mismatch'
      | 'previous-hash-mismatch'
      | 'sequence-gap'
      | 'checkpoint-mismatch';
    message: string;
  };
  /** When the verification ran, ISO 8601. */
  verifiedAt: string;
}
