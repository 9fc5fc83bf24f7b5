/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlAuditActionAzureActions,
  canonicalAzureAction,
  type AzureMlAuditEvent,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/** The Azure operation an imported Activity Log event records. */
function activityLogOperation(event: AzureMlAuditEvent): string | undefined {
  const { authorizationAction, operationName } = event.parameters;
  const operation =
    typeof authorizationAction === 'string' && authorizationAction
      ? authorizationAction
      : operationName;
  return typeof operation === 'string' && operation.includes('/')
    ? operation
    : undefined;
}

/**
 * The Azure RBAC actions an audit event stands for, in Azure's spelling: for
 * an event imported from the Azure Activity Log, its operation (the RBAC
 * action Azure authorized); for a portal or template action, the writes the
 * feature × action matrix says it makes. Catalog refreshes and the ledger's
 * own events stand for none.
 *
 * @internal
 */
export function azureActionsOfEvent(event: AzureMlAuditEvent): string[] {
  if (event.source === 'azure-activity-log') {
    const operation = activityLogOperation(event);
    return operation ? [canonicalAzureAction(operation)] : [];
  }
  if (event.source === 'catalog') return [];
  return [...(azureMlAuditActionAzureActions[event.action] ?? [])];
}
