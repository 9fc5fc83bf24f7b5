/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditAction,
  AzureMlAuditActor,
  AzureMlAuditOutcome,
  AzureMlAuditSource,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';

/** The plugin whose audit log the events go to. */
const AZURE_ML_PLUGIN_ID = 'azure-ml';
/** A slow audit log must not hold up the work it records for long. */
const TIMEOUT_MS = 10_000;

/** The error message of an answer, as Backstage backends send it, or its text. */
async function errorDetail(response: Response): Promise<string> {
  const text = (await response.text()).slice(0, 1000);
  try {
    const message = JSON.parse(text)?.error?.message;
    if (typeof message === 'string') return `: ${message}`;
  } catch {
    // Not JSON: the text itself.
  }
  return text ? `: ${text}` : '';
}

/**
 * An event as `POST /api/azure-ml/audit/events` takes it: the ledger adds
 * the time, sequence and hashes.
 *
 * @public
 */
export type AuditEventPost = {
  actor: AzureMlAuditActor;
  action: AzureMlAuditAction;
  source: AzureMlAuditSource;
  outcome: AzureMlAuditOutcome;
  targetResourceId?: string;
  workspaceId?: string;
  parameters?: Record<string, unknown>;
  errorCode?: string;
  /** Which lock refused, exactly for outcome `denied`. */
  deniedBy?: 'backstage' | 'azure';
  message?: string;
  correlationId?: string;
  requestId?: string;
};

/**
 * Records events in the Azure ML backend plugin's audit log, as this
 * plugin's own service principal (found through discovery, authenticated
 * with a plugin-to-plugin token).
 *
 * @public
 */
export class AuditEventsClient {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;

  constructor(options: {
    discovery: DiscoveryService;
    auth: AuthService;
    logger: LoggerService;
  }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
    this.#logger = options.logger;
  }

  /**
   * Posts one event. Never throws: the audit log being unreachable is
   * logged as a warning, so the work it describes goes on.
   *
   * @returns Whether the audit log stored the event.
   */
  async record(
    event: AuditEventPost,
    logger: LoggerService = this.#logger,
  ): Promise<boolean> {
    try {
      await this.#post(event);
      return true;
    } catch (error) {
      logger.warn(
        `Could not record ${event.action} (${
          event.outcome
        }) in the Azure ML audit log: ${stringifyError(error)}`,
      );
      return false;
    }
  }

  /**
   * Posts one event and throws when the audit log did not store it, for
   * callers that must not act unrecorded (fail closed): write `initiated`
   * with this before changing anything.
   *
   * @throws ServiceUnavailableError saying why the event was not stored.
   */
  async append(event: AuditEventPost): Promise<void> {
    try {
      await this.#post(event);
    } catch (error) {
      throw new ServiceUnavailableError(
        `The Azure ML audit log did not record ${event.action} (${
          event.outcome
        }): ${stringifyError(error)}`,
      );
    }
  }

  async #post(event: AuditEventPost): Promise<void> {
    const baseUrl = await this.#discovery.getBaseUrl(AZURE_ML_PLUGIN_ID);
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: AZURE_ML_PLUGIN_ID,
    });
    const url = `${baseUrl}/audit/events`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status !== 201) {
      throw new Error(
        `POST ${url} answered ${response.status}${await errorDetail(response)}`,
      );
    }
  }
}
