/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceChildId,
  workspaceId,
  type WorkspaceChildRef,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The workspace named by the path parameters `subscriptionId`,
 * `resourceGroup` and `workspaceName`, checked against Azure's naming
 * rules; throws `InvalidResourceIdError` (400) naming the wrong segment.
 *
 * @internal
 */
export function readWorkspaceParams(params: Record<string, string>): {
  workspace: WorkspaceRef;
  id: string;
} {
  const workspace = {
    subscriptionId: params.subscriptionId,
    resourceGroup: params.resourceGroup,
    workspaceName: params.workspaceName,
  };
  return { workspace, id: workspaceId(workspace) };
}

/** The child kinds routes address, and the path parameters naming them. */
const CHILD_PARAMS = {
  job: ['jobName'],
  modelContainer: ['modelName'],
  modelVersion: ['modelName', 'version'],
  onlineEndpoint: ['endpointName'],
} as const;

type RoutedChildKind = keyof typeof CHILD_PARAMS;

/**
 * The workspace child (job, model, model version, endpoint) named by the path
 * parameters, checked like {@link readWorkspaceParams} plus the child's own
 * naming rules, with its ARM id.
 *
 * @internal
 */
export function readChildParams<K extends RoutedChildKind>(
  params: Record<string, string>,
  kind: K,
): {
  workspace: WorkspaceRef;
  workspaceId: string;
  child: Extract<WorkspaceChildRef, { kind: K }>;
  id: string;
} {
  const { workspace, id: parentId } = readWorkspaceParams(params);
  const child = Object.fromEntries([
    ['kind', kind],
    ...CHILD_PARAMS[kind].map(key => [key, params[key]]),
  ]) as Extract<WorkspaceChildRef, { kind: K }>;
  return {
    workspace,
    workspaceId: parentId,
    child,
    id: workspaceChildId(workspace, child),
  };
}
