/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';

/**
 * One action about to be taken in Azure on a user's behalf.
 *
 * @public
 */
export type AuditEvent = {
  /** What is done, in kebab-case, for example `job-cancel`. */
  action: string;
  /** The Azure Resource Manager id of the resource acted on. */
  resourceId: string;
  /** The Backstage user who asked, as an entity ref, when known. */
  actor?: string;
  /** The Entra object id and tenant of the user the Azure call is made as. */
  azureIdentity?: { objectId: string; tenantId: string };
  /** The HTTP request that asked for the action. */
  request?: Request;
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
};

/**
 * Where mutating routes record what they do. `begin` is awaited before the
 * action is sent to Azure, so an implementation that throws stops it (fail
 * closed).
 *
 * @public
 */
export interface AuditHook {
  /** Records that an action is about to be taken. */
  begin(event: AuditEvent): Promise<AuditCompletion>;
}
