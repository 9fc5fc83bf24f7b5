/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlJobCancelPermission,
  azureMlJobReadPermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Router } from 'express';
import { requirePermission } from '../service/requirePermission';
import type { RouteContext } from './RouteContext';
import {
  readJobParams,
  readListQuery,
  readWorkspaceParams,
} from './workspaceParams';

const WORKSPACE = '/workspaces/:subscriptionId/:resourceGroup/:workspaceName';

/**
 * Job routes: `GET …/jobs` (one page, `?pageToken=` for the next) and
 * `POST …/jobs/:jobName/cancel`.
 *
 * @internal
 */
export function addJobRoutes(router: Router, ctx: RouteContext): void {
  router.get(`${WORKSPACE}/jobs`, async (req, res) => {
    const { workspace } = readWorkspaceParams(req.params);
    const { pageToken } = readListQuery(req.query);
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    await requirePermission({
      permissions: ctx.permissions,
      credentials,
      permission: azureMlJobReadPermission,
    });
    const user = await ctx.userTokens.read(req);
    res.json(await ctx.jobs.listJobs(user, workspace, pageToken));
  });

  router.post(`${WORKSPACE}/jobs/:jobName/cancel`, async (req, res) => {
    const { workspace, jobName, id } = readJobParams(req.params);
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    // A resource permission, checked as a basic one until the routes know
    // the workspace's catalog entity.
    await requirePermission({
      permissions: ctx.permissions,
      credentials,
      permission: azureMlJobCancelPermission,
    });
    const user = await ctx.userTokens.read(req);
    const audit = await ctx.auditHook.begin({
      action: 'job-cancel',
      resourceId: id,
      actor: credentials.principal.userEntityRef,
      azureIdentity: { objectId: user.objectId, tenantId: user.tenantId },
      request: req,
    });
    try {
      const { correlationId } = await ctx.jobs.cancelJob(
        user,
        workspace,
        jobName,
      );
      await audit.succeeded({ correlationId });
    } catch (error) {
      await audit.failed(error as Error);
      throw error;
    }
    res.status(202).json(await ctx.jobs.getJob(user, workspace, jobName));
  });
}
