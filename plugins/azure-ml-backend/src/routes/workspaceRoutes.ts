/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlWorkspaceReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Router } from 'express';
import { requirePermission } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { RouteContext } from './RouteContext';
import { openWorkspaceRequest } from './workspaceRequest';
import { WORKSPACE_PATH } from './paths';

/**
 * `GET /workspaces` (every configured subscription) and `GET /workspaces/…`.
 *
 * @internal
 */
export function addWorkspaceRoutes(router: Router, ctx: RouteContext): void {
  router.get('/workspaces', async (req, res) => {
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    await requirePermission({
      permissions: ctx.permissions,
      credentials,
      permission: azureMlWorkspaceReadPermission,
    });
    const user = await ctx.userTokens.read(req);
    res.json(await ctx.workspaces.list(user));
  });

  router.get(WORKSPACE_PATH, async (req, res) => {
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlWorkspaceReadPermission,
    );
    res.json(await ctx.workspaces.get(session));
  });
}
