/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { studioPageUrl } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';

/**
 * The data asset version in Azure ML studio, the page the catalog module's
 * entity links to.
 *
 * @internal
 */
export function dataStudioUrl(options: {
  studio: string;
  name: string;
  version: string;
  workspaceId: string;
  tenantId: string;
}): string {
  return studioPageUrl({
    studio: options.studio,
    path: `data/${encodeURIComponent(options.name)}/${encodeURIComponent(
      options.version,
    )}/details`,
    workspaceId: options.workspaceId,
    tenantId: options.tenantId,
  });
}

/**
 * The data asset's page in the portal, a path: its catalog entity's page
 * when it has one, else the data assets of the workspace's "Azure ML" tab;
 * empty when the workspace has no entity either.
 *
 * @internal
 */
export function dataPortalPath(options: {
  entity?: CompoundEntityRef;
  workspaceEntity?: CompoundEntityRef;
}): string {
  if (options.entity) return entityPagePath(options.entity);
  if (options.workspaceEntity) {
    return `${entityPagePath(options.workspaceEntity)}/azure-ml/data`;
  }
  return '';
}

function entityPagePath(entity: CompoundEntityRef): string {
  return `/catalog/${[
    entity.namespace,
    entity.kind.toLocaleLowerCase('en-US'),
    entity.name,
  ]
    .map(encodeURIComponent)
    .join('/')}`;
}
