/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Workspace } from '@azure/arm-machinelearning';
import {
  parseWorkspaceId,
  studioPageUrl,
  type AzureMlWorkspace,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { stringRecord } from './stringRecord';

/**
 * Maps a workspace as `@azure/arm-machinelearning` returns it to the
 * plugins' {@link @azure-ml-backstage/plugin-azure-ml-common#AzureMlWorkspace}.
 *
 * @param workspace - The workspace from ARM.
 * @param tenantId - The tenant of its subscription.
 * @param studio - The Azure ML studio URL of the cloud.
 * @internal
 */
export function mapWorkspace(
  workspace: Workspace,
  tenantId: string,
  studio: string,
): AzureMlWorkspace {
  const id = workspace.id ?? '';
  const { subscriptionId, resourceGroup, workspaceName } =
    parseWorkspaceId(id).workspace;
  return {
    id,
    name: workspaceName,
    displayName: workspace.friendlyName || workspaceName,
    subscriptionId,
    resourceGroup,
    tenantId,
    location: workspace.location ?? '',
    tags: stringRecord(workspace.tags),
    mlflowTrackingUri: workspace.mlFlowTrackingUri ?? '',
    studioUrl: studioPageUrl({
      studio,
      path: 'home',
      workspaceId: id,
      tenantId,
    }),
  };
}
