/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { ArmResource, DirectoryUser, Subscription } from '../state/model';
import { ML_TYPES, resourceGroupId, workspaceId } from '../arm/ml/mlIds';
import { seedMlAssets } from './mlAssets';
import { THEMED_TEAMS } from './mlThemes';

const LOCATIONS = ['westeurope', 'northeurope', 'eastus'];
/** Generated workspaces per resource group. */
const WORKSPACES_PER_GROUP = 10;

/** Two members of the subscription's tenant who submit a workspace's jobs. */
function membersFor(users: DirectoryUser[], index: number): DirectoryUser[] {
  if (users.length === 0) return [];
  return [users[index % users.length], users[(index + 1) % users.length]];
}

function ensureGroup(
  state: EmulatorState,
  sub: Subscription,
  name: string,
  location: string,
) {
  const id = resourceGroupId(sub.subscriptionId, name);
  if (!state.resourceGroups.has(id.toLowerCase())) {
    state.resourceGroups.set(id.toLowerCase(), {
      id,
      name,
      location,
      subscriptionId: sub.subscriptionId,
    });
  }
}

/**
 * How many assets each generated workspace has at least, beyond what its
 * theme gives it (6 model versions, 5 to 8 data versions, 1 or 2 online
 * endpoints): for benchmarks of large estates.
 */
export type ScaleAssets = {
  /** Model versions, spread over the workspace's models (copies of their last version, from the same job). */
  modelVersions?: number;
  /** Data versions, spread over the workspace's data assets (copies of their last version). */
  dataVersions?: number;
  /** Online endpoints: copies of the workspace's endpoints (`<name>-<n>`) with their deployments. */
  onlineEndpoints?: number;
};

/** Adds copies of the last versions of a workspace's assets until it has `target` versions. */
function addVersions(
  state: EmulatorState,
  workspace: string,
  kind: 'model' | 'data',
  target: number,
) {
  const containers = state.listChildren(
    workspace,
    ML_TYPES[`${kind}Container`],
  );
  const versions = containers.map(c =>
    state.listChildren(c.id, ML_TYPES[`${kind}Version`]),
  );
  let total = versions.reduce((sum, v) => sum + v.length, 0);
  for (let i = 0; total < target && containers.length > 0; i++, total++) {
    const own = versions[i % containers.length];
    const last = own[own.length - 1];
    const version = String(
      Math.max(0, ...own.map(v => Number(v.name)).filter(Number.isInteger)) + 1,
    );
    own.push(
      state.putResource({
        ...last,
        id: `${containers[i % containers.length].id}/versions/${version}`,
        name: version,
      }),
    );
  }
}

/** Adds `<name>-<n>` copies of a workspace's endpoints and deployments until it has `target`. */
function addEndpoints(state: EmulatorState, workspace: string, target: number) {
  const endpoints = state.listChildren(workspace, ML_TYPES.onlineEndpoint);
  const copy = (resource: ArmResource, from: string, to: string) =>
    JSON.parse(JSON.stringify(resource).split(from).join(to)) as ArmResource;
  for (let i = endpoints.length; i < target && endpoints.length > 0; i++) {
    const source = endpoints[i % endpoints.length];
    const name = `${source.name}-${Math.floor(i / endpoints.length) + 1}`;
    const id = `${workspace}/onlineEndpoints/${name}`;
    state.putResource({ ...copy(source, source.id, id), name });
    for (const d of state.listChildren(source.id, ML_TYPES.onlineDeployment)) {
      state.putResource(copy(d, source.id, id));
    }
  }
}

/**
 * Adds `workspaces` generated workspaces, spread over the demo subscriptions,
 * each with a full set of assets, for benchmarks of large estates.
 */
export function seedScaleEstate(
  state: EmulatorState,
  workspaces: number,
  options: { baseUrl: string; epochMs: number; scaleAssets?: ScaleAssets },
): void {
  const assets = options.scaleAssets ?? {};
  const subscriptions = [...state.subscriptions.values()];
  const usersByTenant = new Map(
    subscriptions.map(s => [
      s.tenantId,
      state.usersIn(s.tenantId).filter(u => u.userType === 'Member'),
    ]),
  );
  for (let i = 0; i < workspaces; i++) {
    const sub = subscriptions[i % subscriptions.length];
    const team = THEMED_TEAMS[i % THEMED_TEAMS.length];
    const location = LOCATIONS[i % LOCATIONS.length];
    const resourceGroup = `rg-scale-${String(
      Math.floor(i / WORKSPACES_PER_GROUP),
    ).padStart(2, '0')}`;
    ensureGroup(state, sub, resourceGroup, location);
    const name = `mlw-scale-${String(i).padStart(3, '0')}`;
    seedMlAssets(
      state,
      {
        subscriptionId: sub.subscriptionId,
        tenantId: sub.tenantId,
        resourceGroup,
        name,
        location,
        friendlyName: `Scale workspace ${i}`,
        tags: { env: 'scale', team },
        team,
        members: membersFor(usersByTenant.get(sub.tenantId) ?? [], i),
      },
      options,
    );
    const id = workspaceId(sub.subscriptionId, resourceGroup, name);
    addVersions(state, id, 'model', assets.modelVersions ?? 0);
    addVersions(state, id, 'data', assets.dataVersions ?? 0);
    addEndpoints(state, id, assets.onlineEndpoints ?? 0);
  }
}
