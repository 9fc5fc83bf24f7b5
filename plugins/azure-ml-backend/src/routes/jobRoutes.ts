/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlJobCancelPermission,
  azureMlJobReadPermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { Router } from 'express';
import { WORKSPACE_PATH } from './paths';
import { readJobListQuery, readMetricsQuery } from './readQuery';
import type { RouteContext } from './RouteContext';
import { runAudited } from './runAudited';
import { readChildParams } from './workspaceParams';
import { openWorkspaceRequest } from './workspaceRequest';

const JOBS = `${WORKSPACE_PATH}/jobs`;
const JOB = `${JOBS}/:jobName`;

/**
 * Job routes: list (filters, `pageToken`), read, metrics and cancel.
 *
 * @internal
 */
export function addJobRoutes(router: Router, ctx: RouteContext): void {
  router.get(JOBS, async (req, res) => {
    const { pageToken, ...filter } = readJobListQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlJobReadPermission,
    );
    res.json(await ctx.jobs.list(session, filter, pageToken));
  });

  router.get(JOB, async (req, res) => {
    const { child } = readChildParams(req.params, 'job');
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlJobReadPermission,
    );
    res.json(await ctx.jobs.get(session, child.jobName));
  });

  router.get(`${JOB}/metrics`, async (req, res) => {
    const { child } = readChildParams(req.params, 'job');
    const query = readMetricsQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlJobReadPermission,
    );
    res.json(await ctx.jobMetrics.get(session, child.jobName, query));
  });

  router.post(`${JOB}/cancel`, async (req, res) => {
    const { child, id, workspaceId } = readChildParams(req.params, 'job');
    const { session } = await runAudited(
      ctx,
      req,
      {
        action: 'job.cancel',
        resourceId: id,
        workspaceId,
        permission: async () => ({
          permission: azureMlJobCancelPermission,
          resourceRef: await ctx.entityRefs.forResource(
            workspaceId,
            'workspace',
          ),
        }),
      },
      caller => ctx.jobs.cancel(caller.session, child.jobName),
    );
    res.status(202).json(await ctx.jobs.get(session, child.jobName));
  });
}
