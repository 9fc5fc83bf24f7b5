/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Finds the catalog entity that stands for an Azure ML resource (by its
 * `ml.azure.com/resource-id` annotation), the resource that write
 * permissions are authorized against, so policies can use ownership.
 *
 * @internal
 */
export class CatalogEntityRefs {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  constructor(options: { catalog: CatalogService; auth: AuthService }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
  }

  /**
   * The entity ref of the resource's catalog entity.
   *
   * @throws NotAllowedError when no entity stands for it: without one, no
   *   ownership rule can apply, so writes are refused (fail closed).
   */
  async forResource(resourceId: string, kind: string): Promise<string> {
    const { items } = await this.#catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${AZURE_ML_RESOURCE_ID_ANNOTATION}`]:
            resourceId,
        },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
        limit: 1,
      },
      { credentials: await this.#auth.getOwnServiceCredentials() },
    );
    if (items.length === 0) {
      throw new NotAllowedError(
        `Backstage permission policy cannot authorize this change: the ${kind} ${resourceId} has no catalog entity (annotation ${AZURE_ML_RESOURCE_ID_ANNOTATION}), so no owner is known; register it in the catalog first`,
      );
    }
    return stringifyEntityRef(items[0]);
  }
}
