/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  BackstageUserPrincipal,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import type { Request } from 'express';
import {
  requirePermission,
  type PermissionCheck,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import type { RouteContext } from './RouteContext';
import { readWorkspaceParams } from './workspaceParams';

/**
 * An authorized request for one workspace.
 *
 * @internal
 */
export type WorkspaceRequest = {
  session: WorkspaceSession;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
};

/**
 * Reads a request for a workspace in the order that keeps the answers
 * honest: path parameters (400), Backstage credentials (401), the Backstage
 * permission (403 naming it), the user's Entra token (401 saying what is
 * wrong), then the workspace's subscription (404 unless configured).
 *
 * @param permission - A basic permission (reads), or a function that finds
 *   the resource permission check (writes, on a catalog entity).
 * @internal
 */
export async function openWorkspaceRequest(
  ctx: RouteContext,
  req: Request,
  permission: BasicPermission | (() => Promise<PermissionCheck>),
): Promise<WorkspaceRequest> {
  const { workspace } = readWorkspaceParams(req.params);
  const credentials = await ctx.httpAuth.credentials(req, { allow: ['user'] });
  const check: PermissionCheck =
    typeof permission === 'function' ? await permission() : { permission };
  await requirePermission({
    permissions: ctx.permissions,
    credentials,
    ...check,
  });
  const user = await ctx.userTokens.read(req);
  return { session: ctx.sessions.open(user, workspace), credentials };
}
