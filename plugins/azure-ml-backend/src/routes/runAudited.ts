/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuditEvent, AuditHook } from '../service/AuditHook';

/**
 * Runs a mutating action through the audit hook: the event is recorded
 * before the action is sent to Azure (a hook that throws stops it), then
 * completed with Azure's correlation id, or with the failure.
 *
 * @internal
 */
export async function runAudited(
  auditHook: AuditHook,
  event: AuditEvent,
  action: () => Promise<{ correlationId?: string }>,
): Promise<void> {
  const audit = await auditHook.begin(event);
  let result: { correlationId?: string };
  try {
    result = await action();
  } catch (error) {
    await audit.failed(error as Error);
    throw error;
  }
  await audit.succeeded(result);
}
