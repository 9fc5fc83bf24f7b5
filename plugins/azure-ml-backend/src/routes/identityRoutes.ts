/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlIdentityReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Router } from 'express';
import { describeIdentity } from '../service/describeIdentity';
import { requirePermission } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { RouteContext } from './RouteContext';

/**
 * `GET /identity`: who the portal calls Azure as for the caller (never the
 * token).
 *
 * @internal
 */
export function addIdentityRoutes(router: Router, ctx: RouteContext): void {
  router.get('/identity', async (req, res) => {
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    await requirePermission({
      permissions: ctx.permissions,
      credentials,
      permission: azureMlIdentityReadPermission,
    });
    const user = await ctx.userTokens.read(req);
    res.json(describeIdentity(user));
  });
}
