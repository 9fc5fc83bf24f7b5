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
  type OperationTarget,
} from './acceptedOperations';
import { registerArmCollection, requirePropertiesBody } from './armCollection';
import { mlNotFound, mlUserError } from './mlErrors';
import { ML_TYPES } from './mlIds';
import {
  deploymentProperties,
  deploymentSku,
  presentDeployment,
  requireLocation,
  resourceIdentity,
} from './onlineEndpointBodies';
import { mlActorOf, modifiedBy } from './systemData';
import { requestedWorkspaceId, requireWorkspace } from './workspaceScope';

const DEPLOYMENTS = '/onlineEndpoints/:endpointName/deployments';
const DEPLOYMENT = `${DEPLOYMENTS}/:deploymentName`;
const POLL_ACTION = `${ML_TYPES.workspace}/onlineendpoints/deployments/operationresults/read`;

/**
 * Online deployments: list, get, create or update (a long-running
 * operation with `Azure-AsyncOperation`), and delete, which Azure ML refuses
 * while the deployment still takes traffic.
 */
export function registerOnlineDeploymentRoutes(
  router: Router,
  ctx: EmulatorContext,
) {
  registerArmCollection(router, ctx, {
    path: DEPLOYMENTS,
    itemParam: 'deploymentName',
    type: ML_TYPES.onlineDeployment,
    noun: 'Online deployment',
    parent: {
      type: ML_TYPES.onlineEndpoint,
      noun: 'Online endpoint',
      param: 'endpointName',
    },
    present: deployment => presentDeployment(ctx, deployment),
  });

  const requestedId = (arm: ArmCall, params: Record<string, string>) =>
    `${requestedWorkspaceId(arm, params)}/onlineEndpoints/${
      params.endpointName
    }/deployments/${params.deploymentName}`;

  /**
   * Authorizes `action` on the requested deployment, then finds its
   * workspace and endpoint.
   */
  function authorizedEndpoint(
    arm: ArmCall,
    params: Record<string, string>,
    action: 'write' | 'delete',
  ) {
    arm.authorize(
      `${ML_TYPES.onlineDeployment}/${action}`,
      requestedId(arm, params),
    );
    const workspace = requireWorkspace(ctx.state, arm, params);
    const name = params.endpointName;
    const endpoint = ctx.state.getResource(
      `${workspace.id}/onlineEndpoints/${name}`,
    );
    if (!endpoint) throw mlNotFound('Online endpoint', name, workspace.name);
    return { workspace, endpoint };
  }

  const operationOn = (
    workspace: ArmResource,
    deployment: ArmResource,
  ): OperationTarget => ({
    workspace,
    targetId: deployment.id,
    pollAction: POLL_ACTION,
  });

  /** The deployment a PUT body describes, checked (compute type, model). */
  function deploymentFromBody(
    arm: ArmCall,
    workspace: ArmResource,
    endpoint: ArmResource,
    id: string,
    body: Record<string, any>,
    existing: ArmResource | undefined,
  ): ArmResource {
    const location = requireLocation(body);
    const properties = deploymentProperties(
      ctx.state,
      workspace,
      body.properties,
    );
    // An endpoint on attached Kubernetes compute only takes Kubernetes
    // deployments, a managed one only managed deployments.
    const endpointType = endpoint.properties.compute ? 'Kubernetes' : 'Managed';
    if (properties.endpointComputeType !== endpointType) {
      throw mlUserError(
        `Deployment compute type '${properties.endpointComputeType}' does not match the compute type '${endpointType}' of endpoint '${endpoint.name}'.`,
      );
    }
    const identity = resourceIdentity(
      ctx.state,
      body.identity,
      arm.subscription.tenantId,
      String(existing?.identity?.principalId ?? randomUUID()),
    );
    const actor = mlActorOf(ctx.state, arm.caller);
    return {
      id: existing?.id ?? id,
      name: existing?.name ?? id.split('/').pop()!,
      type: ML_TYPES.onlineDeployment,
      location,
      kind: body.kind ?? existing?.kind ?? properties.endpointComputeType,
      tags: body.tags ?? {},
      ...(identity ? { identity } : {}),
      sku: deploymentSku(body.sku, properties.instanceType),
      properties,
      systemData: modifiedBy(existing?.systemData, actor, ctx.now()),
    };
  }

  router.put(
    DEPLOYMENT,
    armHandler((req, res, arm) => {
      const { workspace, endpoint } = authorizedEndpoint(
        arm,
        req.params,
        'write',
      );
      const body = requirePropertiesBody(req.body);
      const id = `${endpoint.id}/deployments/${req.params.deploymentName}`;
      const existing = ctx.state.getResource(id);
      const deployment = deploymentFromBody(
        arm,
        workspace,
        endpoint,
        id,
        body,
        existing,
      );
      ctx.state.putResource(deployment);
      acceptCreateOrUpdate(
        res,
        ctx,
        arm,
        operationOn(workspace, deployment),
        Boolean(existing),
        () => presentDeployment(ctx, deployment),
      );
    }),
  );

  router.delete(
    DEPLOYMENT,
    armHandler((req, res, arm) => {
      const { workspace, endpoint } = authorizedEndpoint(
        arm,
        req.params,
        'delete',
      );
      const deployment = ctx.state.getResource(
        `${endpoint.id}/deployments/${req.params.deploymentName}`,
      );
      if (!deployment) {
        res.status(204).end();
        return;
      }
      const share = Object.entries(endpoint.properties.traffic ?? {}).find(
        ([name]) => name.toLowerCase() === deployment.name.toLowerCase(),
      )?.[1] as number | undefined;
      if (share) {
        throw mlUserError(
          `Deployment '${deployment.name}' takes ${share}% of the traffic of endpoint '${endpoint.name}'; set its traffic to 0 before deleting it.`,
        );
      }
      ctx.state.deleteResource(deployment.id);
      ctx.state.putResource({
        ...endpoint,
        properties: {
          ...endpoint.properties,
          traffic: Object.fromEntries(
            Object.entries(endpoint.properties.traffic ?? {}).filter(
              ([name]) => name.toLowerCase() !== deployment.name.toLowerCase(),
            ),
          ),
        },
      });
      acceptDeletion(res, ctx, arm, operationOn(workspace, deployment));
    }),
  );
}
