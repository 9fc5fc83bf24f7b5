/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { readAzureMlCatalogConfig } from './readAzureMlCatalogConfig';

const T = '11111111-0000-4000-8000-000000000001';
const S1 = '55555555-0000-4000-8000-000000000001';
const S2 = '55555555-0000-4000-8000-000000000002';
const tenants = [{ tenantId: T, subscriptions: [S1, S2] }];

const read = (azureMl: object) =>
  readAzureMlCatalogConfig(
    new ConfigReader({ catalog: { providers: { azureMl } } }),
    tenants,
  );

describe('readAzureMlCatalogConfig', () => {
  it('reads every key, with defaults', () => {
    expect(
      read({
        prod: { tenantId: T, defaultOwner: 'platform-team' },
        dev: {
          tenantId: T,
          subscriptions: [S2],
          resourceGroups: ['rg-sandbox'],
          workspaces: ['mlw-sandbox'],
          workspaceTag: 'env=dev',
          ownerTag: 'team',
          defaultOwner: 'user:default/alice',
          schedule: { frequency: 'PT5M', timeout: 'PT1M' },
        },
      }),
    ).toEqual([
      {
        id: 'prod',
        tenantId: T,
        subscriptions: [S1, S2],
        resourceGroups: undefined,
        workspaces: undefined,
        workspaceTag: undefined,
        ownerTag: 'owner',
        defaultOwner: 'group:default/platform-team',
        schedule: {
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 15 },
        },
      },
      {
        id: 'dev',
        tenantId: T,
        subscriptions: [S2],
        resourceGroups: ['rg-sandbox'],
        workspaces: ['mlw-sandbox'],
        workspaceTag: { key: 'env', value: 'dev' },
        ownerTag: 'team',
        defaultOwner: 'user:default/alice',
        schedule: expect.objectContaining({ timeout: expect.anything() }),
      },
    ]);
  });

  it('reads nothing without the block', () => {
    expect(readAzureMlCatalogConfig(new ConfigReader({}), tenants)).toEqual([]);
  });

  it.each([
    [
      { tenantId: T },
      "Missing required config value at 'catalog.providers.azureMl.p.defaultOwner'",
    ],
    [
      { tenantId: T, defaultOwner: 'group:default/' },
      "Invalid config catalog.providers.azureMl.p.defaultOwner: 'group:default/' is not an entity ref such as 'group:default/platform-team'",
    ],
    [
      {
        tenantId: T,
        defaultOwner: 'x',
        subscriptions: ['55555555-0000-4000-8000-0000000000ff'],
      },
      "Invalid config catalog.providers.azureMl.p.subscriptions: '55555555-0000-4000-8000-0000000000ff' is not a subscription of tenant '11111111-0000-4000-8000-000000000001' in azureMl.tenants; add it there first",
    ],
    [
      { tenantId: T, defaultOwner: 'x', workspaceTag: 'env' },
      "Invalid config catalog.providers.azureMl.p.workspaceTag: 'env' must be 'key=value'",
    ],
    [
      { tenantId: T, defaultOwner: 'x', workspaces: [] },
      'Invalid config catalog.providers.azureMl.p.workspaces: the list is empty; leave it out to read every one',
    ],
  ])('fails naming the key for %j', (provider, message) => {
    expect(() => read({ p: provider })).toThrow(message);
  });
});
