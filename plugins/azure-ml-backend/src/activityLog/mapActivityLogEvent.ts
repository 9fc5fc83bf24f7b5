/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EventData } from '@azure/arm-monitor';
import { parseWorkspaceId } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuditRecord } from '../ledger/AuditLedger';
import { activityLogAction } from './activityLogAction';
import { activityLogOutcome } from './activityLogOutcome';

const OBJECT_ID_CLAIM =
  'http://schemas.microsoft.com/identity/claims/objectidentifier';
const TENANT_ID_CLAIM = 'http://schemas.microsoft.com/identity/claims/tenantid';

const WORKSPACE_PREFIX =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+/i;

/** The ARM id of the workspace `resourceId` is (in), canonically spelled. */
export function workspaceIdOf(resourceId: string): string | undefined {
  const prefix = WORKSPACE_PREFIX.exec(resourceId)?.[0];
  if (!prefix) return undefined;
  try {
    return parseWorkspaceId(prefix).id;
  } catch {
    return undefined;
  }
}

/** Leaves out the keys whose value is undefined or empty. */
function compact(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== ''),
  );
}

/**
 * The audit record of one Azure Activity Log event: who (the caller and
 * the Entra object id and tenant of its token), what (the operation, as the
 * portal's action when it is one), on which resource and workspace, how it
 * went, and Azure's correlation id, which the portal records for its own
 * calls too. Keyed by the event's `eventDataId`, so importing it again adds
 * nothing. `undefined` for an event without an id or time, which cannot be
 * imported idempotently.
 *
 * @internal
 */
export function mapActivityLogEvent(event: EventData): AuditRecord | undefined {
  if (!event.eventDataId || !event.eventTimestamp) return undefined;
  const claims = event.claims ?? {};
  const operationName = event.operationName?.value ?? '';
  const resourceId = event.resourceId || undefined;
  const action = activityLogAction(operationName);
  return {
    source: 'azure-activity-log',
    externalId: event.eventDataId,
    time: new Date(event.eventTimestamp),
    actor: compact({
      service: event.caller,
      objectId: claims[OBJECT_ID_CLAIM] ?? claims.oid,
      tenantId: claims[TENANT_ID_CLAIM] ?? claims.tid ?? event.tenantId,
    }),
    action,
    targetResourceId: resourceId,
    workspaceId: resourceId ? workspaceIdOf(resourceId) : undefined,
    ...activityLogOutcome({
      status: event.status?.value,
      subStatus: event.subStatus?.value,
      properties: event.properties,
    }),
    correlationId: event.correlationId || undefined,
    clientIp: event.httpRequest?.clientIpAddress || undefined,
    parameters: compact({
      operationName,
      status: event.status?.value,
      subStatus: event.subStatus?.value,
      category: event.category?.value,
      subscriptionId: event.subscriptionId,
      operationId: event.operationId,
      clientRequestId: event.httpRequest?.clientRequestId,
      httpMethod: event.httpRequest?.method,
      // The app the caller used (the portal's own app id when it called on a user's behalf).
      appId: claims.appid ?? claims.azp,
      authorizationAction: event.authorization?.action,
    }),
  };
}
