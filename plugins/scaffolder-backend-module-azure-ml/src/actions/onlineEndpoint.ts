/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  OnlineDeployment,
  OnlineEndpoint,
} from '@azure/arm-machinelearning';
import { studioPageUrl } from '@azure-ml-backstage/plugin-azure-ml-common';
import { ConflictError, InputError } from '@backstage/errors';
import type { UserAzure } from '../service/UserAzureClients';
import type { ResolvedWorkspace } from '../service/WorkspaceEntities';

/**
 * Where an endpoint's deployments run: Azure's managed VMs, or the
 * Kubernetes cluster attached to the workspace as the endpoint's compute.
 *
 * @internal
 */
export type EndpointComputeType = 'Managed' | 'Kubernetes';

/**
 * An online endpoint an action changes, as the user read it.
 *
 * @internal
 */
export type EndpointTarget = {
  /** Its name, as Azure spells it. */
  name: string;
  /** Its ARM id, which its catalog entity's annotation holds. */
  id: string;
  endpoint: OnlineEndpoint;
  computeType: EndpointComputeType;
};

/**
 * Reads an online endpoint as the user; it must exist and not be in the
 * middle of a change (Azure refuses a second one then).
 *
 * @throws InputError when the workspace has no such endpoint;
 *   ConflictError when it is not `Succeeded`.
 * @internal
 */
export async function readEndpointTarget(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  endpointName: string,
): Promise<EndpointTarget> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const endpoint = await azure
    .call(`Read online endpoint ${endpointName}`, ({ ml }) =>
      ml.onlineEndpoints.get(rg, ws, endpointName),
    )
    .catch(error => {
      if ((error as Error)?.name !== 'NotFoundError') throw error;
      throw new InputError(
        `There is no online endpoint ${endpointName} in workspace ${ws}; create the endpoint first, or check its name`,
      );
    });
  const name = endpoint.name ?? endpointName;
  const state = endpoint.properties.provisioningState ?? 'Succeeded';
  if (state !== 'Succeeded') {
    throw new ConflictError(
      `Online endpoint ${name} is ${state}; Azure takes one change of an endpoint at a time, so run the template again once it is Succeeded`,
    );
  }
  return {
    name,
    id: endpoint.id ?? `${workspace.id}/onlineEndpoints/${name}`,
    endpoint,
    computeType: endpoint.properties.compute ? 'Kubernetes' : 'Managed',
  };
}

/**
 * The endpoint's deployments, as the user reads them.
 *
 * @internal
 */
export async function listEndpointDeployments(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  endpointName: string,
): Promise<OnlineDeployment[]> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  return azure.call(
    `List deployments of online endpoint ${endpointName}`,
    async ({ ml }) => {
      const all: OnlineDeployment[] = [];
      for await (const d of ml.onlineDeployments.list(rg, ws, endpointName)) {
        all.push(d);
      }
      return all;
    },
  );
}

/**
 * The endpoint's page in Azure ML studio, as the catalog module and the
 * portal link it.
 *
 * @internal
 */
export function endpointStudioUrl(options: {
  studio: string;
  endpointName: string;
  workspaceId: string;
  tenantId: string;
}): string {
  return studioPageUrl({
    studio: options.studio,
    path: `endpoints/realtime/${encodeURIComponent(
      options.endpointName,
    )}/detail`,
    workspaceId: options.workspaceId,
    tenantId: options.tenantId,
  });
}
