/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AuditorService } from '@backstage/backend-plugin-api';
import type { AuditCompletion, AuditEvent, AuditHook } from './AuditHook';

/**
 * The default {@link AuditHook}: records every action with Backstage's
 * `auditor` core service.
 *
 * @public
 */
export class AuditorAuditHook implements AuditHook {
  readonly #auditor: AuditorService;

  constructor(auditor: AuditorService) {
    this.#auditor = auditor;
  }

  async begin(event: AuditEvent): Promise<AuditCompletion> {
    const meta = {
      resourceId: event.resourceId,
      ...(event.actor ? { actor: event.actor } : {}),
      ...(event.azureIdentity ? { azureIdentity: event.azureIdentity } : {}),
    };
    const auditorEvent = await this.#auditor.createEvent({
      eventId: event.action,
      severityLevel: 'medium',
      request: event.request,
      meta,
    });
    return {
      succeeded: details =>
        auditorEvent.success({
          meta: details?.correlationId
            ? { correlationId: details.correlationId }
            : {},
        }),
      failed: error => auditorEvent.fail({ error }),
    };
  }
}
