/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditAction } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  AzureRetryableError,
  azureFailureDetails,
  type AuditEventPost,
  type AuditEventsClient,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type {
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, isError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import type { ActionCaller } from './ActionCaller';
import {
  requirePermission,
  type PermissionCheck,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { UndoLog, describeUndo } from './UndoLog';

/**
 * What one run of an action acts on, as the audit log records it.
 *
 * @internal
 */
export type AttemptTarget = {
  action: AzureMlAuditAction;
  /** The ARM id of the resource the action creates or changes. */
  resourceId: string;
  /** The ARM id of its workspace, if it is in one. */
  workspaceId?: string;
  /** What was asked, in plain values; secrets are redacted by the ledger. */
  parameters: Record<string, unknown>;
};

/**
 * What the work of an action returns: its result, and Azure's correlation id
 * of the write that made it, for the audit log.
 *
 * @internal
 */
export type AttemptResult<T> = { result: T; correlationId?: string };

function asError(error: unknown): Error {
  return isError(error) ? error : new Error(String(error));
}

/**
 * What the audit log records of a failure: Azure's error code and
 * correlation id, also of a call that failed after its retries.
 */
function failureDetails(error: Error) {
  const details = azureFailureDetails(error);
  if (!(error instanceof AzureRetryableError)) return details;
  const correlationId = error.correlation.correlationRequestId;
  return {
    ...details,
    errorCode: error.azureErrorCode ?? details.errorCode,
    ...(correlationId ? { correlationId } : {}),
  };
}

/**
 * One run of a template action, audited as the backend plugin audits its
 * routes: a refusal by the Backstage permission policy is recorded as
 * `denied` by `backstage`; `initiated` is recorded before anything is
 * written to Azure, and when it cannot be, nothing is (fail closed); then
 * `succeeded` with Azure's correlation id, `denied` by `azure` for an RBAC
 * refusal, or `failed`. Both events of a run share one request id. What the
 * run created before it failed is removed again (see {@link UndoLog}).
 *
 * @internal
 */
export class ActionAttempt {
  /** The id of this run, shared by its audit events. */
  readonly requestId = randomUUID();
  readonly #audit: AuditEventsClient;
  readonly #permissions: PermissionsService;
  readonly #logger: LoggerService;
  readonly #caller: ActionCaller;
  #event: Omit<AuditEventPost, 'outcome'>;

  constructor(options: {
    audit: AuditEventsClient;
    permissions: PermissionsService;
    logger: LoggerService;
    caller: ActionCaller;
    target: AttemptTarget;
  }) {
    this.#audit = options.audit;
    this.#permissions = options.permissions;
    this.#logger = options.logger;
    this.#caller = options.caller;
    const { caller, target } = options;
    this.#event = {
      source: 'scaffolder',
      actor: {
        userEntityRef: caller.userEntityRef,
        objectId: caller.user.objectId,
        tenantId: caller.user.tenantId,
      },
      action: target.action,
      targetResourceId: target.resourceId,
      workspaceId: target.workspaceId,
      parameters: target.parameters,
      requestId: this.requestId,
    };
  }

  /**
   * Names the resource the run creates once reading Azure has decided it,
   * e.g. the version a new asset version gets.
   */
  retarget(resourceId: string): void {
    this.#event = { ...this.#event, targetResourceId: resourceId };
  }

  /**
   * Asks the Backstage permission policy, as the task's initiator. `check`
   * may itself refuse (no catalog entity to authorize against).
   *
   * @throws NotAllowedError after recording the refusal.
   */
  async authorize(check: () => Promise<PermissionCheck>): Promise<void> {
    try {
      await requirePermission({
        ...(await check()),
        permissions: this.#permissions,
        credentials: this.#caller.credentials,
      });
    } catch (error) {
      const refusal = asError(error);
      if (refusal.name === 'NotAllowedError') {
        await this.#audit.record(
          {
            ...this.#event,
            outcome: 'denied',
            deniedBy: 'backstage',
            errorCode: refusal.name,
            message: refusal.message.slice(0, 4000),
          },
          this.#logger,
        );
      }
      throw error;
    }
  }

  /**
   * Records `initiated`, runs `work` and records its outcome. When `work`
   * fails, what it noted in the undo log is removed first, and the error
   * says what was removed and what is left.
   *
   * @throws ServiceUnavailableError, before `work` runs, when the audit log
   *   cannot record `initiated`.
   */
  async run<T>(work: (undo: UndoLog) => Promise<AttemptResult<T>>): Promise<T> {
    try {
      await this.#audit.append({ ...this.#event, outcome: 'initiated' });
    } catch (error) {
      throw new ServiceUnavailableError(
        `The Azure ML audit log cannot be written, so nothing was done in Azure; try again later, and if it persists ask an administrator to check the Azure ML backend (${
          asError(error).message
        })`,
      );
    }
    const undo = new UndoLog();
    let outcome: AttemptResult<T>;
    try {
      outcome = await work(undo);
    } catch (error) {
      throw await this.#failed(asError(error), undo);
    }
    await this.#audit.record(
      {
        ...this.#event,
        outcome: 'succeeded',
        ...(outcome.correlationId
          ? { correlationId: outcome.correlationId }
          : {}),
      },
      this.#logger,
    );
    return outcome.result;
  }

  async #failed(error: Error, undo: UndoLog): Promise<Error> {
    // Azure's code and correlation id end the message until the undo is told.
    const details = failureDetails(error);
    const cleanup = describeUndo(await undo.rollback(this.#logger));
    if (cleanup)
      error.message = `${error.message.replace(/\.?$/, '.')}${cleanup}`;
    const deniedByAzure = error.name === 'NotAllowedError';
    await this.#audit.record(
      {
        ...this.#event,
        outcome: deniedByAzure ? 'denied' : 'failed',
        ...(deniedByAzure ? { deniedBy: 'azure' as const } : {}),
        ...details,
        // The audit log takes messages of up to 4096 characters.
        message: error.message.slice(0, 4000),
      },
      this.#logger,
    );
    return error;
  }
}
