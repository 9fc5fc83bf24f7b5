/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmCall } from '../armPipeline';
import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { ML_TYPES, resourceGroupId, workspaceId } from './mlIds';
import { resourceGroupNotFound, resourceNotFound } from './mlErrors';

/** Route parameters naming a workspace (`resourceGroupName`, `workspaceName`). */
type WorkspaceParams = Record<string, string>;

/** The workspace id as the request spells it: what RBAC is checked against. */
export function requestedWorkspaceId(
  arm: ArmCall,
  params: WorkspaceParams,
): string {
  return workspaceId(
    arm.subscription.subscriptionId,
    params.resourceGroupName,
    params.workspaceName,
  );
}

/**
 * The stored workspace a request addresses, or ARM's 404 for a missing
 * resource group or workspace. Call it after `authorize`, as ARM checks
 * access before existence.
 */
export function requireWorkspace(
  state: EmulatorState,
  arm: ArmCall,
  params: WorkspaceParams,
): ArmResource {
  const group = resourceGroupId(
    arm.subscription.subscriptionId,
    params.resourceGroupName,
  );
  if (!state.resourceGroups.has(group.toLowerCase())) {
    throw resourceGroupNotFound(params.resourceGroupName);
  }
  const workspace = state.getResource(requestedWorkspaceId(arm, params));
  if (!workspace || workspace.type !== ML_TYPES.workspace) {
    throw resourceNotFound(
      ML_TYPES.workspace,
      params.workspaceName,
      params.resourceGroupName,
    );
  }
  return workspace;
}
