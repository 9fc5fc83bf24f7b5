/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  parseWorkspaceChildId,
  type WorkspaceChildRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

function homeOf(child: WorkspaceChildRef): string {
  const at = (...segments: string[]) =>
    segments.map(encodeURIComponent).join('/');
  switch (child.kind) {
    case 'job':
      return at('jobs', child.jobName);
    case 'modelContainer':
      return at('models', child.modelName);
    case 'modelVersion':
      return at('models', child.modelName, 'versions', child.version);
    case 'onlineEndpoint':
    case 'onlineDeployment':
      return at('endpoints', child.endpointName);
    case 'dataContainer':
    case 'dataVersion':
      return 'data';
    case 'compute':
      return 'computes';
    default:
      return 'jobs';
  }
}

/**
 * Which view of the "Azure ML" tab an entity opens on, as a path relative to
 * the tab: its own model, endpoint, data or compute view for an ingested
 * asset, the jobs list for a workspace or a component.
 *
 * @internal
 */
export function getEntityHomeView(entity: Entity): string {
  const resourceId =
    entity.metadata.annotations?.[AZURE_ML_RESOURCE_ID_ANNOTATION];
  if (!resourceId) {
    return 'jobs';
  }
  try {
    return homeOf(parseWorkspaceChildId(resourceId).child);
  } catch {
    // A workspace id, or an id of something the tab has no view for.
    return 'jobs';
  }
}
