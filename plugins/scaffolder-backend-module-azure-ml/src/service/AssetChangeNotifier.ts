/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { setTimeout as sleep } from 'node:timers/promises';
import {
  AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
  type AzureMlWorkspaceAssetsChangedEvent,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { EventsService } from '@backstage/plugin-events-node';

/** How long an announcement may hold the step up. */
const DEFAULT_PUBLISH_WAIT_MS = 10_000;

/**
 * Announces on the Backstage events service that the assets of a workspace
 * changed, so that the catalog module re-reads that workspace at once.
 *
 * @remarks
 *
 * The asset exists in Azure by then, so an announcement never fails the
 * step: a failure is logged, and the catalog shows the asset after its next
 * scheduled run. In a single process the events service waits for its
 * subscribers (the catalog's re-read); the step waits at most
 * `publishWaitMs` for that and goes on while it continues.
 *
 * @internal
 */
export class AssetChangeNotifier {
  readonly #events?: EventsService;
  readonly #publishWaitMs: number;

  /** @param options - Without `events`, nothing is announced. */
  constructor(options: { events?: EventsService; publishWaitMs?: number }) {
    this.#events = options.events;
    this.#publishWaitMs = options.publishWaitMs ?? DEFAULT_PUBLISH_WAIT_MS;
  }

  /** Announces that assets of the workspace (its ARM id) changed. */
  async workspaceAssetsChanged(
    workspaceId: string,
    logger: LoggerService,
  ): Promise<void> {
    if (!this.#events) return;
    const eventPayload: AzureMlWorkspaceAssetsChangedEvent = { workspaceId };
    const published = this.#events
      .publish({ topic: AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC, eventPayload })
      .then(
        () => true,
        error => {
          logger.warn(
            `Could not tell the catalog that workspace ${workspaceId} changed; it shows the change after its next scheduled run: ${stringifyError(
              error,
            )}`,
          );
          return false;
        },
      );
    const stopWaiting = new AbortController();
    const waited = sleep(this.#publishWaitMs, undefined, {
      signal: stopWaiting.signal,
    }).catch(() => undefined);
    const outcome = await Promise.race([published, waited]);
    stopWaiting.abort();
    if (outcome === true) {
      logger.info(`Told the catalog that workspace ${workspaceId} changed`);
    } else if (outcome === undefined) {
      logger.info(
        `Told the catalog that workspace ${workspaceId} changed; it is still reading it`,
      );
    }
  }
}
