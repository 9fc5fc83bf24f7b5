/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryUser, Subscription } from '../state/model';
import { resourceGroupId } from '../arm/ml/mlIds';
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
 * Adds `workspaces` generated workspaces, spread over the demo subscriptions,
 * each with a full set of assets, for benchmarks of large estates.
 */
export function seedScaleEstate(
  state: EmulatorState,
  workspaces: number,
  options: { baseUrl: string; epochMs: number },
): void {
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
    seedMlAssets(
      state,
      {
        subscriptionId: sub.subscriptionId,
        tenantId: sub.tenantId,
        resourceGroup,
        name: `mlw-scale-${String(i).padStart(3, '0')}`,
        location,
        friendlyName: `Scale workspace ${i}`,
        tags: { env: 'scale', team },
        team,
        members: membersFor(usersByTenant.get(sub.tenantId) ?? [], i),
      },
      options,
    );
  }
}
