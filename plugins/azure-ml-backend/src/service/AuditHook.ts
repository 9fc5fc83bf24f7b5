/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditAction,
  AzureMlAuditSource,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Request } from 'express';

/**
 * One action about to be taken in Azure on a user's behalf, or refused.
 *
 * @public
 */
export type AuditEvent = {
  /** What is done, for example `job.cancel`. */
  action: AzureMlAuditAction;
  /** The Azure Resource Manager id of the resource acted on. */
  resourceId: string;
  /** The ARM id of the workspace the resource is in. */
  workspaceId?: string;
  /** The action's parameters, for example a traffic split; secrets are redacted before they are stored. */
  parameters?: Record<string, unknown>;
  /** The Backstage user who asked, as an entity ref, when known. */
  actor?: string;
  /** The Entra object id and tenant of the user the Azure call is made as. */
  azureIdentity?: { objectId: string; tenantId: string };
  /**
   * The id of this attempt, shared by its `initiated` and outcome events:
   * the caller's `x-request-id`, or a new uuid.
   */
  requestId?: string;
  /** The HTTP request that asked for the action: its client IP and user agent are recorded. */
  request?: Request;
  /** Where the action was asked for; `portal` unless set. */
  source?: AzureMlAuditSource;
};

/**
 * Completes an {@link AuditEvent} once the action has been tried.
 *
 * @public
 */
export type AuditCompletion = {
  /** Records that Azure accepted the action, with its correlation id. */
  succeeded(details?: { correlationId?: string }): Promise<void>;
  /** Records that the action failed, and why. */
  failed(error: Error): Promise<void>;
  /** Records that Azure refused the action (RBAC, 403). */
  denied(error: Error): Promise<void>;
};

/**
 * Where mutating routes record what they do. `begin` is awaited before the
 * action is sent to Azure, so an implementation that throws stops it (fail
 * closed); the completion never throws, as the action has then been tried.
 *
 * @public
 */
export interface AuditHook {
  /** Records that an action is about to be taken. */
  begin(event: AuditEvent): Promise<AuditCompletion>;
  /**
   * Records an attempt the Backstage permission policy refused before it
   * began; never throws, as the refusal stands either way.
   */
  denied(event: AuditEvent, error: Error): Promise<void>;
}
