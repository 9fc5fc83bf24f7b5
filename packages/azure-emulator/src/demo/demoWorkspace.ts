/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { ArmResource, ManagedIdentity } from '../state/model';
import { ML_TYPES, resourceGroupId, workspaceId } from '../arm/ml/mlIds';
import { createdBy } from '../arm/ml/systemData';
import { discoveryUrl, mlflowTrackingUri } from '../arm/ml/workspaceUrls';
import { DAY_MS } from './demoWorkspaceContext';
import type { WorkspaceSpec } from './mlAssets';
import { stableGuid, hexFrom } from './seededRandom';

/** A user-assigned identity in the workspace's resource group, if any. */
function identityInGroup(
  state: EmulatorState,
  group: string,
): ManagedIdentity | undefined {
  const prefix = `${group.toLowerCase()}/`;
  return [...state.managedIdentities.values()].find(mi =>
    mi.resourceId.toLowerCase().startsWith(prefix),
  );
}

/** The resources a workspace depends on, named as the portal names them. */
function dependencies(group: string, spec: WorkspaceSpec, suffix: string) {
  const compact = spec.name.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return {
    keyVault: `${group}/providers/Microsoft.KeyVault/vaults/kv-${compact}-${suffix}`,
    keyVaultName: `kv-${compact}-${suffix}`,
    applicationInsights: `${group}/providers/microsoft.insights/components/appi-${spec.name}`,
    containerRegistry: `${group}/providers/Microsoft.ContainerRegistry/registries/cr${compact}${suffix}`,
    storageAccount: `${group}/providers/Microsoft.Storage/storageAccounts/st${compact.slice(
      0,
      14,
    )}${suffix}`,
  };
}

/**
 * A workspace hardened with what its resource group offers: when a
 * user-assigned identity lives there, the workspace uses it, encrypts with a
 * customer-managed key and has a private endpoint (as the production vision
 * workspace of the demo does).
 */
function hardening(
  id: string,
  group: string,
  spec: WorkspaceSpec,
  deps: ReturnType<typeof dependencies>,
  identity: ManagedIdentity,
) {
  const endpointName = `pe-${spec.name}`;
  return {
    encryption: {
      status: 'Enabled',
      identity: { userAssignedIdentity: identity.resourceId },
      keyVaultProperties: {
        keyVaultArmId: deps.keyVault,
        keyIdentifier: `https://${deps.keyVaultName}.vault.azure.net/keys/cmk-${
          spec.name
        }/${hexFrom(`${id}/cmk`, 32)}`,
        identityClientId: identity.clientId,
      },
    },
    privateLinkCount: 1,
    privateEndpointConnections: [
      {
        id: `${id}/privateEndpointConnections/${endpointName}.${stableGuid(
          `${id}/pe`,
        )}`,
        name: `${endpointName}.${stableGuid(`${id}/pe`)}`,
        type: `${ML_TYPES.workspace}/privateEndpointConnections`,
        properties: {
          provisioningState: 'Succeeded',
          privateEndpoint: {
            id: `${group}/providers/Microsoft.Network/privateEndpoints/${endpointName}`,
          },
          privateLinkServiceConnectionState: {
            status: 'Approved',
            description: 'Auto-Approved',
            actionsRequired: 'None',
          },
        },
      },
    ],
    sharedPrivateLinkResources: [
      {
        name: 'storage-blob',
        properties: {
          privateLinkResourceId: `${deps.storageAccount}/privateLinkResources/blob`,
          groupId: 'blob',
          requestMessage: 'Please approve',
          status: 'Approved',
        },
      },
    ],
  };
}

function workspaceIdentity(
  id: string,
  tenantId: string,
  identity: ManagedIdentity | undefined,
) {
  const system = { principalId: stableGuid(`${id}/identity`), tenantId };
  if (!identity) return { type: 'SystemAssigned', ...system };
  return {
    type: 'SystemAssigned,UserAssigned',
    ...system,
    userAssignedIdentities: {
      [identity.resourceId]: {
        principalId: identity.principalId,
        clientId: identity.clientId,
      },
    },
  };
}

/** The workspace resource of a spec, created by its team half a year ago. */
export function demoWorkspace(
  state: EmulatorState,
  spec: WorkspaceSpec,
  options: { baseUrl: string; epochMs: number },
): ArmResource {
  const id = workspaceId(spec.subscriptionId, spec.resourceGroup, spec.name);
  const group = resourceGroupId(spec.subscriptionId, spec.resourceGroup);
  const workspaceGuid = stableGuid(`${id.toLowerCase()}/workspaceId`);
  const deps = dependencies(group, spec, hexFrom(id.toLowerCase(), 6));
  const identity = identityInGroup(state, group);
  const creator = spec.members[0];
  return {
    id,
    name: spec.name,
    type: ML_TYPES.workspace,
    location: spec.location,
    kind: 'Default',
    tags: spec.tags,
    sku: { name: 'Basic', tier: 'Basic' },
    identity: workspaceIdentity(id, spec.tenantId, identity),
    properties: {
      workspaceId: workspaceGuid,
      description: `${spec.friendlyName}: machine learning of ${
        spec.tags.owner ?? spec.team
      }`,
      friendlyName: spec.friendlyName,
      keyVault: deps.keyVault,
      applicationInsights: deps.applicationInsights,
      containerRegistry: deps.containerRegistry,
      storageAccount: deps.storageAccount,
      discoveryUrl: discoveryUrl(options.baseUrl),
      mlFlowTrackingUri: mlflowTrackingUri(options.baseUrl, id),
      provisioningState: 'Succeeded',
      hbiWorkspace: false,
      serviceProvisionedResourceGroup: `azureml-rg-${spec.name}_${workspaceGuid}`,
      privateLinkCount: 0,
      imageBuildCompute: 'cpu-cluster',
      allowPublicAccessWhenBehindVnet: false,
      publicNetworkAccess: 'Enabled',
      privateEndpointConnections: [],
      sharedPrivateLinkResources: [],
      tenantId: spec.tenantId,
      v1LegacyMode: false,
      storageHnsEnabled: false,
      ...(identity ? hardening(id, group, spec, deps, identity) : {}),
    },
    systemData: createdBy(
      creator
        ? { name: creator.userPrincipalName, type: 'User' }
        : { name: 'Azure ML platform', type: 'Application' },
      options.epochMs - 180 * DAY_MS,
    ),
  };
}
