/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuditLedger } from '../ledger/AuditLedger';
import { azureActionsOfEvent } from './azureActionsOfEvent';

/**
 * What one principal did in a workspace during a window.
 *
 * @internal
 */
export type PrincipalUsage = {
  /** The Entra object id. */
  objectId: string;
  tenantId?: string;
  /** The Backstage user the portal recorded, when it acted through the portal. */
  userEntityRef?: string;
  /** How Azure's Activity Log named the caller (a UPN, or an app or object id). */
  name?: string;
  /** How many succeeded events are theirs. */
  events: number;
  /** The Azure actions used, by their lower-case form, in Azure's spelling (or as first seen). */
  actions: Map<string, string>;
};

/**
 * What the ledger holds of a workspace in a window.
 *
 * @internal
 */
export type WorkspaceUsage = {
  /** By Entra object id (lower case). */
  principals: Map<string, PrincipalUsage>;
  /** How many succeeded events were read. */
  eventCount: number;
  /** Events that name no object id. */
  unattributedEvents: number;
};

/**
 * Reads the succeeded events of a workspace in `[from, to)` from the audit
 * ledger — the portal's own and those imported from the Azure Activity Log
 * — and gathers the Azure actions each principal (by Entra object id) used.
 *
 * @internal
 */
export async function readWorkspaceUsage(
  ledger: AuditLedger,
  workspaceId: string,
  window: { from: string; to: string },
): Promise<WorkspaceUsage> {
  const principals = new Map<string, PrincipalUsage>();
  let eventCount = 0;
  let unattributedEvents = 0;
  for await (const event of ledger.stream({
    workspaceId,
    outcome: ['succeeded'],
    from: window.from,
    to: window.to,
  })) {
    eventCount += 1;
    const objectId = event.actor.objectId?.toLowerCase();
    if (!objectId) {
      unattributedEvents += 1;
      continue;
    }
    let usage = principals.get(objectId);
    if (!usage) {
      usage = { objectId, events: 0, actions: new Map() };
      principals.set(objectId, usage);
    }
    usage.events += 1;
    usage.tenantId ??= event.actor.tenantId;
    usage.userEntityRef ??= event.actor.userEntityRef;
    if (event.source === 'azure-activity-log')
      usage.name ??= event.actor.service;
    for (const action of azureActionsOfEvent(event)) {
      const key = action.toLowerCase();
      if (!usage.actions.has(key)) usage.actions.set(key, action);
    }
  }
  return { principals, eventCount, unattributedEvents };
}
