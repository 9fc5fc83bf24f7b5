/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlWorkspaceReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import type { Request, Router } from 'express';
import type { AccessTarget } from '../service/AccessService';
import { WORKSPACE_PATH } from './paths';
import type { RouteContext } from './RouteContext';
import { readChildParams, readWorkspaceParams } from './workspaceParams';
import { openWorkspaceRequest } from './workspaceRequest';

/**
 * The resource the access is asked for: the workspace, or its endpoint
 * `endpointName`, checked against the naming rules of the endpoint routes.
 */
function readAccessTarget(req: Request): AccessTarget {
  const { endpointName, ...unknown } = req.query;
  const extra = Object.keys(unknown);
  if (extra.length > 0) {
    throw new InputError(`Unknown query parameter '${extra[0]}'`);
  }
  if (endpointName === undefined) {
    return { entity: 'workspace', id: readWorkspaceParams(req.params).id };
  }
  if (typeof endpointName !== 'string') {
    throw new InputError('Invalid query: endpointName: name one endpoint');
  }
  const { id } = readChildParams(
    { ...req.params, endpointName },
    'onlineEndpoint',
  );
  return { entity: 'onlineEndpoint', id, endpointName };
}

/**
 * `GET /workspaces/…/access[?endpointName=]`: which portal features the user
 * may use on the workspace (or on one of its online endpoints), and which
 * lock refuses the others.
 *
 * @internal
 */
export function addAccessRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE_PATH}/access`, async (req, res) => {
    const target = readAccessTarget(req);
    const { session, credentials } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlWorkspaceReadPermission,
    );
    res.json(await ctx.access.check(session, credentials, target));
  });
}
