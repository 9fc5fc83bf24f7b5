/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuditorService } from '@backstage/backend-plugin-api';
import type { AuditCompletion, AuditEvent, AuditHook } from './AuditHook';

/** The auditor's event id of an action: kebab-case, `job.cancel` → `job-cancel`. */
function auditorEventId(event: AuditEvent): string {
  return event.action.replace(/\./g, '-');
}

function metaOf(event: AuditEvent) {
  return {
    resourceId: event.resourceId,
    ...(event.actor ? { actor: event.actor } : {}),
    ...(event.azureIdentity ? { azureIdentity: event.azureIdentity } : {}),
  };
}

/**
 * Records every action with Backstage's `auditor` core service; the plugin
 * mirrors its audit ledger here (see `LedgerAuditHook`).
 *
 * @public
 */
export class AuditorAuditHook implements AuditHook {
  readonly #auditor: AuditorService;

  constructor(auditor: AuditorService) {
    this.#auditor = auditor;
  }

  async begin(event: AuditEvent): Promise<AuditCompletion> {
    const auditorEvent = await this.#auditor.createEvent({
      eventId: auditorEventId(event),
      severityLevel: 'medium',
      request: event.request,
      meta: metaOf(event),
    });
    return {
      succeeded: details =>
        auditorEvent.success({
          meta: details?.correlationId
            ? { correlationId: details.correlationId }
            : {},
        }),
      failed: error => auditorEvent.fail({ error }),
      denied: error =>
        auditorEvent.fail({ error, meta: { deniedBy: 'azure' } }),
    };
  }

  async denied(event: AuditEvent, error: Error): Promise<void> {
    const auditorEvent = await this.#auditor.createEvent({
      eventId: auditorEventId(event),
      severityLevel: 'medium',
      request: event.request,
      meta: metaOf(event),
    });
    await auditorEvent.fail({ error, meta: { deniedBy: 'backstage' } });
  }
}
