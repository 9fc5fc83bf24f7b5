/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ArmError } from '../../server/errors';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { pendingProvisioningState } from './longRunningOperations';
import { mlUserError } from './mlErrors';
import { nameOf, workspaceIdOf } from './mlIds';
import { scoringUri, swaggerUri } from './workspaceUrls';

const AUTH_MODES = ['AMLToken', 'Key', 'AADToken'];
const COMPUTE_TYPES = ['Managed', 'Kubernetes'];

type Body = Record<string, any>;

/** ARM's 400 for a tracked resource PUT without a location. */
export function requireLocation(body: Body): string {
  if (typeof body.location !== 'string' || !body.location) {
    throw new ArmError(
      400,
      'LocationRequired',
      'The location property is required for this definition.',
    );
  }
  return body.location;
}

/**
 * A managed identity block as ARM returns it: the system-assigned principal
 * and, for each user-assigned identity, its principal and client ids.
 */
export function resourceIdentity(
  state: EmulatorState,
  identity: Body | undefined,
  tenantId: string,
  principalId: string,
): Body | undefined {
  if (!identity?.type) return undefined;
  const type = String(identity.type);
  const assigned = Object.keys(identity.userAssignedIdentities ?? {});
  return {
    type,
    ...(type.includes('SystemAssigned') ? { principalId, tenantId } : {}),
    ...(assigned.length
      ? {
          userAssignedIdentities: Object.fromEntries(
            assigned.map(id => {
              const mi = state.managedIdentities.get(id.toLowerCase());
              return [
                mi?.resourceId ?? id,
                { principalId: mi?.principalId, clientId: mi?.clientId },
              ];
            }),
          ),
        }
      : {}),
  };
}

/** The VM family ARM reports for a size, e.g. Standard_DS3_v2 → standardDSv2Family. */
export function vmFamilyOf(size: string): string {
  const match = /^Standard_([A-Z]+)\d+([a-z]*)_v(\d+)$/.exec(size);
  if (!match) return `${size}Family`;
  return `standard${match[1]}${match[2].toUpperCase()}v${match[3]}Family`;
}

/** The stored properties of an online endpoint from a PUT body. */
export function endpointProperties(
  properties: Body,
  traffic: Record<string, number>,
  compute: string | undefined,
): Body {
  if (!AUTH_MODES.includes(properties.authMode)) {
    throw mlUserError(
      `'properties.authMode' must be one of ${AUTH_MODES.join(', ')}.`,
    );
  }
  return {
    description: properties.description ?? '',
    properties: properties.properties ?? {},
    authMode: properties.authMode,
    ...(compute ? { compute } : {}),
    traffic,
    provisioningState: 'Succeeded',
  };
}

/** The stored properties of an online deployment from a PUT body. */
export function deploymentProperties(
  state: EmulatorState,
  workspace: ArmResource,
  properties: Body,
): Body {
  if (!COMPUTE_TYPES.includes(properties.endpointComputeType)) {
    throw mlUserError(
      `'properties.endpointComputeType' must be one of ${COMPUTE_TYPES.join(
        ', ',
      )}.`,
    );
  }
  const model = properties.model;
  if (
    typeof model === 'string' &&
    model.startsWith('/subscriptions/') &&
    !state.getResource(model)
  ) {
    throw mlUserError(
      `Model '${model}' was not found in workspace '${workspace.name}'.`,
    );
  }
  return {
    description: '',
    properties: {},
    environmentVariables: {},
    scaleSettings: { scaleType: 'Default' },
    requestSettings: {
      maxQueueWait: 'PT0.5S',
      requestTimeout: 'PT5S',
      maxConcurrentRequestsPerInstance: 1,
    },
    appInsightsEnabled: false,
    livenessProbe: {
      failureThreshold: 30,
      successThreshold: 1,
      timeout: 'PT2S',
      period: 'PT10S',
      initialDelay: 'PT10S',
    },
    instanceType: 'Standard_DS3_v2',
    ...properties,
    provisioningState: 'Succeeded',
  };
}

/** A deployment's `sku`: the body's, with ARM's defaults filled in. */
export function deploymentSku(
  sku: Body | undefined,
  instanceType: string,
): Body {
  return {
    name: 'Default',
    tier: 'Standard',
    size: instanceType,
    family: vmFamilyOf(instanceType),
    capacity: 1,
    ...sku,
  };
}

function provisioningStateOf(ctx: EmulatorContext, resource: ArmResource) {
  return (
    pendingProvisioningState(ctx.state, resource.id, ctx.now()) ??
    resource.properties.provisioningState
  );
}

/** An endpoint as ARM returns it: its URIs and current provisioning state. */
export function presentEndpoint(
  ctx: EmulatorContext,
  endpoint: ArmResource,
): ArmResource {
  const workspace = nameOf(workspaceIdOf(endpoint.id));
  return {
    ...endpoint,
    properties: {
      ...endpoint.properties,
      scoringUri: scoringUri(ctx.urls.https, workspace, endpoint.name),
      swaggerUri: swaggerUri(ctx.urls.https, workspace, endpoint.name),
      provisioningState: provisioningStateOf(ctx, endpoint),
    },
  };
}

/** A deployment as ARM returns it: with its current provisioning state. */
export function presentDeployment(
  ctx: EmulatorContext,
  deployment: ArmResource,
): ArmResource {
  return {
    ...deployment,
    properties: {
      ...deployment.properties,
      provisioningState: provisioningStateOf(ctx, deployment),
    },
  };
}
