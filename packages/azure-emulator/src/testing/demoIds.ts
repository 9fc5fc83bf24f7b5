/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { DEMO_ESTATE_PATH } from '../demo/demoEstate';

const demo = JSON.parse(readFileSync(DEMO_ESTATE_PATH, 'utf8'));

const byKey = (list: { key: string }[], key: string): any => {
  const found = list.find(x => x.key === key);
  if (!found) throw new Error(`no demo entry '${key}'`);
  return found;
};

/** Ids of the demo estate by their readable keys, for tests. */
export const demoIds = {
  tenant: (key: string): string => byKey(demo.tenants, key).id,
  user: (key: string): string => byKey(demo.users, key).objectId,
  group: (key: string): string => byKey(demo.groups, key).objectId,
  app: (key: string): any => byKey(demo.apps, key),
  subscription: (key: string): string =>
    byKey(demo.subscriptions, key).subscriptionId,
  managedIdentity: (key: string): any => byKey(demo.managedIdentities, key),
  workspace: (
    key: string,
  ): {
    subscriptionId: string;
    resourceGroup: string;
    name: string;
    id: string;
  } => {
    const w = byKey(demo.workspaces, key);
    const subscriptionId = byKey(
      demo.subscriptions,
      w.subscription,
    ).subscriptionId;
    return {
      subscriptionId,
      resourceGroup: w.resourceGroup,
      name: w.name,
      id: `/subscriptions/${subscriptionId}/resourceGroups/${w.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${w.name}`,
    };
  },
};
