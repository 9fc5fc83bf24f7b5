/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import { armHandler, type ArmCall } from '../armPipeline';
import {
  acceptCreateOrUpdate,
  acceptDeletion,
  acceptProvisioning,
  type OperationTarget,
} from './acceptedOperations';
import { registerArmCollection, requirePropertiesBody } from './armCollection';
import { resolveCompute } from './computeReference';
import { mlNotFound, mlUserError } from './mlErrors';
import { ML_TYPES } from './mlIds';
import {
  endpointProperties,
  presentEndpoint,
  requireLocation,
  resourceIdentity,
} from './onlineEndpointBodies';
import { mlActorOf, modifiedBy } from './systemData';
import { checkedTraffic } from './trafficRules';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

const ENDPOINT = '/onlineEndpoints/:endpointName';
const POLL_ACTION = `${ML_TYPES.workspace}/onlineendpoints/operationresults/read`;

/**
 * Online endpoints: list, get, create or update (PUT) and update (PATCH)
 * as long-running operations with `Azure-AsyncOperation`, and delete. Their
 * `traffic` must name existing deployments and add up to 100.
 */
export function registerOnlineEndpointRoutes(
  router: Router,
  ctx: EmulatorContext,
) {
  registerArmCollection(router, ctx, {
    path: '/onlineEndpoints',
    itemParam: 'endpointName',
    type: ML_TYPES.onlineEndpoint,
    noun: 'Online endpoint',
    present: endpoint => presentEndpoint(ctx, endpoint),
  });

  const requestedId = (arm: ArmCall, params: Record<string, string>) =>
    `${requestedWorkspaceId(arm, params)}/onlineEndpoints/${
      params.endpointName
    }`;

  const deploymentNames = (endpoint: ArmResource | undefined) =>
    endpoint
      ? ctx.state
          .listChildren(endpoint.id, ML_TYPES.onlineDeployment)
          .map(d => d.name)
      : [];

  /** Authorizes `action` on the requested endpoint, then finds its workspace. */
  function authorizedWorkspace(
    arm: ArmCall,
    params: Record<string, string>,
    action: 'write' | 'delete',
  ) {
    arm.authorize(
      `${ML_TYPES.onlineEndpoint}/${action}`,
      requestedId(arm, params),
    );
    return requireWorkspace(ctx.state, arm, params);
  }

  const endpointId = (workspace: ArmResource, params: Record<string, string>) =>
    `${workspace.id}/onlineEndpoints/${params.endpointName}`;

  const operationOn = (
    workspace: ArmResource,
    endpoint: ArmResource,
  ): OperationTarget => ({
    workspace,
    targetId: endpoint.id,
    pollAction: POLL_ACTION,
  });

  /** The endpoint a PUT body describes, checked (traffic, compute, auth mode). */
  function endpointFromBody(
    arm: ArmCall,
    workspace: ArmResource,
    id: string,
    body: Record<string, any>,
    existing: ArmResource | undefined,
  ): ArmResource {
    const location = requireLocation(body);
    const name = existing?.name ?? id.split('/').pop()!;
    const { properties } = body;
    const traffic = checkedTraffic(
      properties.traffic,
      name,
      deploymentNames(existing),
    );
    const compute = resolveCompute(ctx.state, workspace, properties.compute);
    const actor = mlActorOf(ctx.state, arm.caller);
    const identity = resourceIdentity(
      ctx.state,
      body.identity,
      arm.subscription.tenantId,
      String(existing?.identity?.principalId ?? randomUUID()),
    );
    return {
      id: existing?.id ?? id,
      name,
      type: ML_TYPES.onlineEndpoint,
      location,
      kind: body.kind ?? existing?.kind ?? 'Managed',
      tags: body.tags ?? {},
      ...(identity ? { identity } : {}),
      ...(body.sku ? { sku: body.sku } : {}),
      properties: endpointProperties(properties, traffic, compute),
      systemData: modifiedBy(existing?.systemData, actor, ctx.now()),
    };
  }

  router.put(
    ENDPOINT,
    armHandler((req, res, arm) => {
      const workspace = authorizedWorkspace(arm, req.params, 'write');
      const body = requirePropertiesBody(req.body);
      const id = endpointId(workspace, req.params);
      const existing = ctx.state.getResource(id);
      const endpoint = ctx.state.putResource(
        endpointFromBody(arm, workspace, id, body, existing),
      );
      acceptCreateOrUpdate(
        res,
        ctx,
        arm,
        operationOn(workspace, endpoint),
        Boolean(existing),
        () => presentEndpoint(ctx, endpoint),
      );
    }),
  );

  router.patch(
    ENDPOINT,
    armHandler((req, res, arm) => {
      const workspace = authorizedWorkspace(arm, req.params, 'write');
      const endpoint = ctx.state.getResource(endpointId(workspace, req.params));
      if (!endpoint) {
        throw mlNotFound(
          'Online endpoint',
          req.params.endpointName,
          workspace.name,
        );
      }
      const body = req.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw mlUserError('The request body must be a JSON object.');
      }
      const changes = body.properties ?? {};
      const traffic =
        changes.traffic === undefined
          ? endpoint.properties.traffic
          : checkedTraffic(
              changes.traffic,
              endpoint.name,
              deploymentNames(endpoint),
            );
      const updated: ArmResource = {
        ...endpoint,
        ...(body.tags ? { tags: body.tags } : {}),
        ...(body.sku ? { sku: body.sku } : {}),
        properties: {
          ...endpoint.properties,
          ...(typeof changes.description === 'string'
            ? { description: changes.description }
            : {}),
          traffic,
        },
        systemData: modifiedBy(
          endpoint.systemData,
          mlActorOf(ctx.state, arm.caller),
          ctx.now(),
        ),
      };
      ctx.state.putResource(updated);
      acceptProvisioning(
        res,
        ctx,
        arm,
        operationOn(workspace, updated),
        'Updating',
      );
      res.status(202).json(presentEndpoint(ctx, updated));
    }),
  );

  router.delete(
    ENDPOINT,
    armHandler((req, res, arm) => {
      const workspace = authorizedWorkspace(arm, req.params, 'delete');
      const endpoint = ctx.state.getResource(endpointId(workspace, req.params));
      if (!endpoint) {
        res.status(204).end();
        return;
      }
      ctx.state.deleteResource(endpoint.id);
      acceptDeletion(res, ctx, arm, operationOn(workspace, endpoint));
    }),
  );
}
