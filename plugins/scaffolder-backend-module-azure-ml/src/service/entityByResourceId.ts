/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuthService } from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The catalog entity annotated with an Azure resource id (of `kind`, when
 * given), read as the module's own service.
 */
export async function entityByResourceId(
  services: { catalog: CatalogService; auth: AuthService },
  resourceId: string,
  kind?: string,
): Promise<CompoundEntityRef | undefined> {
  const { items } = await services.catalog.getEntities(
    {
      filter: {
        ...(kind ? { kind } : {}),
        [`metadata.annotations.${AZURE_ML_RESOURCE_ID_ANNOTATION}`]: resourceId,
      },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      limit: 1,
    },
    { credentials: await services.auth.getOwnServiceCredentials() },
  );
  return items[0] ? parseEntityRef(stringifyEntityRef(items[0])) : undefined;
}
