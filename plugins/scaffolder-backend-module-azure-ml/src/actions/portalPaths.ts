/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CompoundEntityRef } from '@backstage/catalog-model';

/**
 * A view of the "Azure ML" tab of the workspace's catalog entity, a portal
 * path such as `/catalog/default/system/mlw-vision/azure-ml/jobs/<job>`.
 *
 * @param segments - The view inside the tab, e.g. `['endpoints', name]`.
 * @internal
 */
export function workspaceTabPath(
  entity: CompoundEntityRef,
  ...segments: string[]
): string {
  return `/catalog/${[
    entity.namespace,
    entity.kind.toLocaleLowerCase('en-US'),
    entity.name,
  ]
    .map(encodeURIComponent)
    .join('/')}/azure-ml/${segments.map(encodeURIComponent).join('/')}`;
}
