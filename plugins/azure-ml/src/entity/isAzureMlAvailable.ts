/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  AZURE_ML_WORKSPACE_ID_ANNOTATION,
  parseWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * Tells whether the "Azure ML" entity tab applies to an entity: it has the
 * `ml.azure.com/workspace-id` annotation, or it is a workspace itself (its
 * `ml.azure.com/resource-id` is a workspace id).
 *
 * @remarks
 *
 * An entity whose `ml.azure.com/workspace-id` is set but malformed still
 * gets the tab, which then says what is wrong with the annotation.
 *
 * @param entity - The catalog entity.
 * @public
 */
export function isAzureMlAvailable(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  if (annotations[AZURE_ML_WORKSPACE_ID_ANNOTATION]) {
    return true;
  }
  const resourceId = annotations[AZURE_ML_RESOURCE_ID_ANNOTATION];
  if (!resourceId) {
    return false;
  }
  try {
    parseWorkspaceId(resourceId);
    return true;
  } catch {
    return false;
  }
}
