/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlModelReadPermission } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Request, Router } from 'express';
import { WORKSPACE_PATH } from './paths';
import { readListQuery } from './readQuery';
import type { RouteContext } from './RouteContext';
import { readChildParams } from './workspaceParams';
import { openWorkspaceRequest } from './workspaceRequest';

const MODELS = `${WORKSPACE_PATH}/models`;
const VERSIONS = `${MODELS}/:modelName/versions`;

/**
 * Model routes: registered models, their versions, and one version with the
 * job that produced it.
 *
 * @internal
 */
export function addModelRoutes(router: Router, ctx: RouteContext): void {
  const open = (req: Request) =>
    openWorkspaceRequest(ctx, req, azureMlModelReadPermission);

  router.get(MODELS, async (req, res) => {
    const { pageToken } = readListQuery(req.query);
    const { session } = await open(req);
    res.json(await ctx.models.list(session, pageToken));
  });

  router.get(VERSIONS, async (req, res) => {
    const { child } = readChildParams(req.params, 'modelContainer');
    const { pageToken } = readListQuery(req.query);
    const { session } = await open(req);
    res.json(
      await ctx.models.listVersions(session, child.modelName, pageToken),
    );
  });

  router.get(`${VERSIONS}/:version`, async (req, res) => {
    const { child } = readChildParams(req.params, 'modelVersion');
    const { session } = await open(req);
    res.json(
      await ctx.models.getVersion(session, child.modelName, child.version),
    );
  });
}
