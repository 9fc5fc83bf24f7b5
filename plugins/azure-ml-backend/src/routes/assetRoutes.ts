/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlComputeReadPermission,
  azureMlDataReadPermission,
  azureMlEnvironmentReadPermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Router } from 'express';
import { WORKSPACE_PATH } from './paths';
import { readListQuery } from './readQuery';
import type { RouteContext } from './RouteContext';
import { openWorkspaceRequest } from './workspaceRequest';

/**
 * `GET …/data` (data assets), `GET …/environments` and `GET …/computes`.
 *
 * @internal
 */
export function addAssetRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE_PATH}/data`, async (req, res) => {
    const { pageToken } = readListQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlDataReadPermission,
    );
    res.json(await ctx.dataAssets.list(session, pageToken));
  });

  router.get(`${WORKSPACE_PATH}/environments`, async (req, res) => {
    const { pageToken } = readListQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlEnvironmentReadPermission,
    );
    res.json(await ctx.environments.list(session, pageToken));
  });

  router.get(`${WORKSPACE_PATH}/computes`, async (req, res) => {
    const { pageToken } = readListQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlComputeReadPermission,
    );
    res.json(await ctx.computes.list(session, pageToken));
  });
}
