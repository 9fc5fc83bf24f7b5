/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlAuditReadPermission,
  azureMlWorkspaceReadPermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { requirePermission } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { Router } from 'express';
import { readLeastPrivilegeWindow } from '../advisor/readLeastPrivilegeWindow';
import { WORKSPACE_PATH } from './paths';
import type { RouteContext } from './RouteContext';
import { openWorkspaceRequest } from './workspaceRequest';

/**
 * `GET /workspaces/…/least-privilege[?from=&to=]`: the Azure actions each
 * group used in the workspace over the window, a custom role covering
 * exactly them, and what the current role assignments grant beyond that.
 * Needs the Backstage permissions `azureMl.audit.read` (it reads the audit
 * log) and `azureMl.workspace.read`; the role assignments are read as the
 * signed-in user.
 *
 * @internal
 */
export function addAdvisorRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE_PATH}/least-privilege`, async (req, res) => {
    const window = readLeastPrivilegeWindow(req.query);
    const { session } = await openWorkspaceRequest(ctx, req, async () => {
      await requirePermission({
        permissions: ctx.permissions,
        credentials: await ctx.httpAuth.credentials(req, { allow: ['user'] }),
        permission: azureMlAuditReadPermission,
      });
      return { permission: azureMlWorkspaceReadPermission };
    });
    res.json(await ctx.leastPrivilege.advise(session, window));
  });
}
