/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  AZURE_ML_WORKSPACE_ID_ANNOTATION,
  parseWorkspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * Finds the Azure Machine Learning workspace an entity belongs to: the one
 * its `ml.azure.com/workspace-id` annotation names, else, for a workspace's
 * own entity, its `ml.azure.com/resource-id` when that is a workspace id.
 *
 * @returns The workspace, or `undefined` when the entity names none.
 * @throws `InvalidResourceIdError` (from `-common`) when the
 *   `ml.azure.com/workspace-id` annotation is set but is not a workspace id,
 *   naming the segment that is wrong.
 * @internal
 */
export function getEntityWorkspace(entity: Entity): WorkspaceRef | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const workspaceId = annotations[AZURE_ML_WORKSPACE_ID_ANNOTATION];
  if (workspaceId) {
    return parseWorkspaceId(workspaceId).workspace;
  }
  const resourceId = annotations[AZURE_ML_RESOURCE_ID_ANNOTATION];
  if (resourceId) {
    try {
      return parseWorkspaceId(resourceId).workspace;
    } catch {
      // The id of an asset inside a workspace, not of a workspace.
      return undefined;
    }
  }
  return undefined;
}
