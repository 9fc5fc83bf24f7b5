/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlEndpointReadPermission,
  azureMlEndpointTrafficUpdatePermission,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import type { Router } from 'express';
import { z } from 'zod';
import { WORKSPACE_PATH } from './paths';
import { readListQuery } from './readQuery';
import type { RouteContext } from './RouteContext';
import { runAudited } from './runAudited';
import { readChildParams } from './workspaceParams';
import { openWorkspaceRequest } from './workspaceRequest';

const ENDPOINTS = `${WORKSPACE_PATH}/endpoints`;
const ENDPOINT = `${ENDPOINTS}/:endpointName`;

const trafficBody = z.strictObject({
  traffic: z
    .record(z.string().min(1).max(32), z.number().int().min(0).max(100))
    .refine(t => Object.keys(t).length > 0, 'name at least one deployment'),
});

function readTrafficBody(body: unknown): Record<string, number> {
  const parsed = trafficBody.safeParse(body);
  if (!parsed.success) {
    throw new InputError(
      `Invalid body: ${parsed.error.issues
        .map(i => `${i.path.join('.') || 'body'}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data.traffic;
}

/**
 * Online endpoint routes: list, read (deployments and traffic) and the
 * traffic update.
 *
 * @internal
 */
export function addEndpointRoutes(router: Router, ctx: RouteContext): void {
  router.get(ENDPOINTS, async (req, res) => {
    const { pageToken } = readListQuery(req.query);
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlEndpointReadPermission,
    );
    res.json(await ctx.endpoints.list(session, pageToken));
  });

  router.get(ENDPOINT, async (req, res) => {
    const { child } = readChildParams(req.params, 'onlineEndpoint');
    const { session } = await openWorkspaceRequest(
      ctx,
      req,
      azureMlEndpointReadPermission,
    );
    res.json(await ctx.endpoints.get(session, child.endpointName));
  });

  router.put(`${ENDPOINT}/traffic`, async (req, res) => {
    const { child, id, workspaceId } = readChildParams(
      req.params,
      'onlineEndpoint',
    );
    const traffic = readTrafficBody(req.body);
    const { session } = await runAudited(
      ctx,
      req,
      {
        action: 'endpoint.traffic.update',
        resourceId: id,
        workspaceId,
        parameters: { traffic },
        permission: async () => ({
          permission: azureMlEndpointTrafficUpdatePermission,
          resourceRef: await ctx.entityRefs.forResource(id, 'online endpoint'),
        }),
      },
      caller =>
        ctx.endpoints.updateTraffic(
          caller.session,
          child.endpointName,
          traffic,
        ),
    );
    res.status(202).json(await ctx.endpoints.get(session, child.endpointName));
  });
}
