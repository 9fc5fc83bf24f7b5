/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { entityByResourceId } from './entityByResourceId';
import { OperationTimeoutError, pollUntil } from './pollUntil';

/** How long to wait between two reads of the catalog. */
const POLL_INTERVAL_MS = 2000;
/** How often to say that the entity is not there yet. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Finds the catalog entities that the catalog module makes of Azure ML
 * assets: the `Resource` whose `ml.azure.com/resource-id` annotation is the
 * asset's (its container's) ARM id.
 *
 * @internal
 */
export class AssetEntities {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  /**
   * Reads the catalog until the asset's entity is there, every 2 seconds for
   * up to `timeoutMs` (once for 0), logging how long it has waited.
   *
   * @returns The entity's ref, or `undefined` with a logged warning when it
   *   did not appear in time or the catalog could not be read: the asset
   *   exists in Azure either way, so this never fails the step.
   * @throws StepCancelledError when the step is cancelled meanwhile.
   */
  async waitFor(options: {
    /** The asset's (container's) ARM id. */
    resourceId: string;
    /** The asset in words, e.g. `data asset vision-train-images`. */
    label: string;
    timeoutMs: number;
    logger: LoggerService;
    signal?: AbortSignal;
  }): Promise<CompoundEntityRef | undefined> {
    const { resourceId, label, logger } = options;
    logger.info(
      `Waiting up to ${Math.round(
        options.timeoutMs / 1000,
      )} s for the catalog entity of ${label} (annotation ${AZURE_ML_RESOURCE_ID_ANNOTATION}: ${resourceId})`,
    );
    let reported = 0;
    try {
      const entity = await pollUntil({
        read: () => this.#find(resourceId),
        done: found => found !== undefined,
        progress: (found, elapsedMs) => {
          if (!found && elapsedMs - reported >= PROGRESS_EVERY_MS) {
            reported = elapsedMs;
            logger.info(
              `The catalog has no entity of ${label} yet (after ${Math.round(
                elapsedMs / 1000,
              )} s)`,
            );
          }
        },
        timeoutMessage: (_found, elapsedMs) =>
          `The catalog showed no entity of ${label} within ${Math.round(
            elapsedMs / 1000,
          )} s; it appears once the catalog has read the workspace again, so no entityRef is output`,
        intervalMs: POLL_INTERVAL_MS,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
      });
      logger.info(
        `The catalog shows ${label} as ${stringifyEntityRef(entity!)}`,
      );
      return entity;
    } catch (error) {
      if (error instanceof OperationTimeoutError) {
        logger.warn(error.message);
        return undefined;
      }
      if ((error as Error)?.name === 'StepCancelledError') throw error;
      logger.warn(
        `Could not read the catalog for the entity of ${label}, so no entityRef is output: ${stringifyError(
          error,
        )}`,
      );
      return undefined;
    }
  }

  async #find(resourceId: string): Promise<CompoundEntityRef | undefined> {
    return entityByResourceId(
      { catalog: this.#catalog, auth: this.#auth },
      resourceId,
      'Resource',
    );
  }
}
