/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlWorkspaceReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import type { Router } from 'express';
import { WORKSPACE_PATH } from './paths';
import type { RouteContext } from './RouteContext';
import { openWorkspaceRequest } from './workspaceRequest';

/**
 * `GET /workspaces/…/access-map`: who can do what in the workspace, by
 * project role and by Azure RBAC, and where the two disagree.
 *
 * @internal
 */
export function addAccessMapRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE_PATH}/access-map`, async (req, res) => {
    const [unknown] = Object.keys(req.query);
    if (unknown !== undefined) {
      throw new InputError(`Unknown query parameter '${unknown}'`);
    }
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlWorkspaceReadPermission,
    );
    res.json(await ctx.accessMap.build(session));
  });
}
