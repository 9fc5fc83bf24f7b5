/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';
import type { AuditHook } from '../service/AuditHook';
import type { WorkspaceRequest } from './workspaceRequest';

/**
 * Runs a mutating action through the audit hook: the event (what, on which
 * ARM id, by which Backstage user as which Entra identity) is recorded
 * before the action is sent to Azure, so a hook that throws stops it, then
 * completed with Azure's correlation id, or with the failure.
 *
 * @internal
 */
export async function runAudited(
  auditHook: AuditHook,
  event: {
    action: string;
    resourceId: string;
    request: Request;
    caller: WorkspaceRequest;
  },
  action: () => Promise<{ correlationId?: string }>,
): Promise<void> {
  const { session, credentials } = event.caller;
  const audit = await auditHook.begin({
    action: event.action,
    resourceId: event.resourceId,
    actor: credentials.principal.userEntityRef,
    azureIdentity: {
      objectId: session.user.objectId,
      tenantId: session.user.tenantId,
    },
    request: event.request,
  });
  let result: { correlationId?: string };
  try {
    result = await action();
  } catch (error) {
    await audit.failed(error as Error);
    throw error;
  }
  await audit.succeeded(result);
}
