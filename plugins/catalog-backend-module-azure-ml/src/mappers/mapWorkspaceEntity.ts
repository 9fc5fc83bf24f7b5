/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Workspace } from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps a workspace to a `System` owned by the workspace's owner.
 *
 * @internal
 */
export function mapWorkspaceEntity(
  workspace: Workspace,
  ctx: WorkspaceContext,
): Entity {
  const annotations = assetAnnotations(ctx, ctx.workspaceId, 'home');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: ctx.systemName,
      title: workspace.friendlyName || workspace.name,
      ...(workspace.description ? { description: workspace.description } : {}),
      annotations,
      links: assetLinks(annotations),
    },
    spec: { owner: ctx.owner, type: 'azure-ml-workspace' },
  };
}
