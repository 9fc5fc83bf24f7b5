/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The catalog entities of workspaces, by lower-cased workspace id. A
 * workspace the catalog has not ingested has none: it is listed without a
 * catalog link.
 *
 * @internal
 */
export function useWorkspaceEntities(
  workspaceIds: string[],
): Map<string, CompoundEntityRef> {
  const catalogApi = useApi(catalogApiRef);
  const [entities, setEntities] = useState(
    () => new Map<string, CompoundEntityRef>(),
  );
  const key = workspaceIds.join('\n');

  useEffect(() => {
    if (!key) return undefined;
    let current = true;
    catalogApi
      .getEntities({
        filter: {
          [`metadata.annotations.${AZURE_ML_RESOURCE_ID_ANNOTATION}`]:
            key.split('\n'),
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      })
      .then(
        ({ items }) => {
          if (!current) return;
          const found = new Map<string, CompoundEntityRef>();
          for (const entity of items) {
            const id =
              entity.metadata.annotations?.[AZURE_ML_RESOURCE_ID_ANNOTATION];
            if (id) {
              found.set(id.toLowerCase(), {
                kind: entity.kind.toLocaleLowerCase('en-US'),
                namespace: entity.metadata.namespace ?? 'default',
                name: entity.metadata.name,
              });
            }
          }
          setEntities(found);
        },
        // Without the catalog the hub still lists the workspaces, unlinked.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [catalogApi, key]);

  return entities;
}
