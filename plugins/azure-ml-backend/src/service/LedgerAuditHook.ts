/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { LoggerService } from '@backstage/backend-plugin-api';
import type { AuditLedger, AuditRecord } from '../ledger/AuditLedger';
import type { AuditCompletion, AuditEvent, AuditHook } from './AuditHook';
import { azureFailureDetails } from './azureFailureDetails';

type Outcome = Pick<
  AuditRecord,
  'outcome' | 'errorCode' | 'deniedBy' | 'message' | 'correlationId'
>;

function recordOf(event: AuditEvent): Omit<AuditRecord, 'outcome'> {
  const { request } = event;
  return {
    actor: {
      userEntityRef: event.actor,
      objectId: event.azureIdentity?.objectId,
      tenantId: event.azureIdentity?.tenantId,
    },
    action: event.action,
    targetResourceId: event.resourceId,
    workspaceId: event.workspaceId,
    parameters: event.parameters,
    requestId: event.requestId,
    clientIp: request?.ip ?? request?.socket?.remoteAddress,
    userAgent: request?.get?.('user-agent'),
    source: event.source ?? 'portal',
  };
}

/**
 * The plugin's {@link AuditHook}: writes every attempt to the audit ledger
 * and mirrors it to another hook (Backstage's `auditor`). `initiated` is
 * appended before the action is taken, and `begin` rejects when it cannot
 * be, so the action is not taken (fail closed); the outcome (`succeeded`
 * with Azure's correlation id, `failed` with the error's code, `denied` by
 * Azure or by the Backstage permission policy) is appended after.
 *
 * Once Azure has been called an outcome that cannot be written is logged
 * rather than thrown: the action happened, and the ledger then shows an
 * attempt without an outcome.
 *
 * @internal
 */
export class LedgerAuditHook implements AuditHook {
  readonly #ledger: AuditLedger;
  readonly #mirror: AuditHook;
  readonly #logger: LoggerService;

  constructor(options: {
    ledger: AuditLedger;
    mirror: AuditHook;
    logger: LoggerService;
  }) {
    this.#ledger = options.ledger;
    this.#mirror = options.mirror;
    this.#logger = options.logger;
  }

  async begin(event: AuditEvent): Promise<AuditCompletion> {
    const record = recordOf(event);
    try {
      await this.#ledger.append({ ...record, outcome: 'initiated' });
    } catch (error) {
      this.#logger.error(
        `Refused ${event.action} on ${event.resourceId}: the audit ledger cannot be written`,
        error as Error,
      );
      throw error;
    }
    const mirrored = await this.#mirrored('begin', event, () =>
      this.#mirror.begin(event),
    );
    const complete = async (
      outcome: Outcome,
      mirror: (m: AuditCompletion) => Promise<void>,
    ) => {
      await this.#append(event, { ...record, ...outcome });
      if (mirrored)
        await this.#mirrored('complete', event, () => mirror(mirrored));
    };
    return {
      succeeded: details =>
        complete(
          { outcome: 'succeeded', correlationId: details?.correlationId },
          m => m.succeeded(details),
        ),
      failed: error =>
        complete({ outcome: 'failed', ...azureFailureDetails(error) }, m =>
          m.failed(error),
        ),
      denied: error =>
        complete(
          {
            outcome: 'denied',
            deniedBy: 'azure',
            ...azureFailureDetails(error),
          },
          m => m.denied(error),
        ),
    };
  }

  async denied(event: AuditEvent, error: Error): Promise<void> {
    await this.#append(event, {
      ...recordOf(event),
      outcome: 'denied',
      deniedBy: 'backstage',
      errorCode: error.name,
      message: error.message,
    });
    await this.#mirrored('denied', event, () =>
      this.#mirror.denied(event, error),
    );
  }

  /** Appends an event after the fact: logged, not thrown, when it cannot be. */
  async #append(event: AuditEvent, record: AuditRecord): Promise<void> {
    try {
      await this.#ledger.append(record);
    } catch (error) {
      this.#logger.error(
        `The audit ledger could not record that ${event.action} on ${event.resourceId} ${record.outcome} (request ${event.requestId})`,
        error as Error,
      );
    }
  }

  /** Runs a call of the mirror: the ledger is the record, so a mirror that fails is logged. */
  async #mirrored<T>(
    what: string,
    event: AuditEvent,
    call: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      this.#logger.warn(
        `Could not mirror ${event.action} (${what}) to the auditor service`,
        error as Error,
      );
      return undefined;
    }
  }
}
