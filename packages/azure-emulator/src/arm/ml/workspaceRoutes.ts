/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Router } from 'express';
import { isAllowed } from '../../authorization/rbac';
import type { EmulatorContext } from '../../server/EmulatorContext';
import { ArmError } from '../../server/errors';
import type { ArmResource } from '../../state/model';
import { armHandler, type ArmCall } from '../armPipeline';
import { armPage } from '../paging';
import { ML_TYPES, WORKSPACE_ROUTE, resourceGroupId } from './mlIds';
import { resourceGroupNotFound } from './mlErrors';
import { discoveryUrl, mlflowTrackingUri } from './workspaceUrls';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

const READ = `${ML_TYPES.workspace}/read`;

/** A workspace as ARM returns it, with URLs on the emulator's host. */
export function presentWorkspace(
  ctx: EmulatorContext,
  workspace: ArmResource,
): ArmResource {
  return {
    ...workspace,
    properties: {
      ...workspace.properties,
      discoveryUrl: discoveryUrl(ctx.urls.https),
      mlFlowTrackingUri: mlflowTrackingUri(ctx.urls.https, workspace.id),
    },
  };
}

/**
 * The workspaces below `scope` the caller may read. With read on the whole
 * scope that is all of them; otherwise those it may read one by one, and
 * AuthorizationFailed when there are none, so a caller with access to one
 * resource group can still list by subscription.
 */
function readableWorkspaces(
  ctx: EmulatorContext,
  arm: ArmCall,
  scope: string,
): ArmResource[] {
  const all = ctx.state.listByScope(scope, ML_TYPES.workspace);
  try {
    arm.authorize(READ, scope);
    return all;
  } catch (error) {
    const visible = all.filter(w =>
      isAllowed(ctx.state, arm.caller.objectId, READ, w.id),
    );
    if (error instanceof ArmError && visible.length > 0) return visible;
    throw error;
  }
}

/** One page of a workspace list, each as ARM returns it. */
function workspacePage(
  ctx: EmulatorContext,
  req: Request,
  workspaces: ArmResource[],
) {
  return armPage(
    ctx,
    req,
    workspaces.map(w => presentWorkspace(ctx, w)),
  );
}

/** Workspaces: list by subscription, list by resource group, get. */
export function registerWorkspaceRoutes(router: Router, ctx: EmulatorContext) {
  router.get(
    `/providers/${ML_TYPES.workspace}`,
    armHandler((req, res, arm) => {
      const scope = `/subscriptions/${arm.subscription.subscriptionId}`;
      const workspaces = readableWorkspaces(ctx, arm, scope);
      res.json(workspacePage(ctx, req, workspaces));
    }),
  );

  router.get(
    `/resourceGroups/:resourceGroupName/providers/${ML_TYPES.workspace}`,
    armHandler((req, res, arm) => {
      const scope = resourceGroupId(
        arm.subscription.subscriptionId,
        req.params.resourceGroupName,
      );
      const workspaces = readableWorkspaces(ctx, arm, scope);
      if (!ctx.state.resourceGroups.has(scope.toLowerCase())) {
        throw resourceGroupNotFound(req.params.resourceGroupName);
      }
      res.json(workspacePage(ctx, req, workspaces));
    }),
  );

  router.get(
    WORKSPACE_ROUTE,
    armHandler((req, res, arm) => {
      arm.authorize(READ, requestedWorkspaceId(arm, req.params));
      const workspace = requireWorkspace(ctx.state, arm, req.params);
      res.json(presentWorkspace(ctx, workspace));
    }),
  );
}
