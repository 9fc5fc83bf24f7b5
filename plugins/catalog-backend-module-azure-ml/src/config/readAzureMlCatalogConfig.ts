/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import type { AzureMlCatalogProviderConfig } from './AzureMlCatalogProviderConfig';

const ROOT = 'catalog.providers.azureMl';

const DEFAULT_SCHEDULE = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 15 },
};

/** The tenants of `azureMl.tenants`, as far as this reader needs them. */
type KnownTenant = { tenantId: string; subscriptions: string[] };

function optionalNames(config: Config, key: string, path: string) {
  const names = config.getOptionalStringArray(key);
  if (names && names.length === 0) {
    throw new Error(
      `Invalid config ${path}.${key}: the list is empty; leave it out to read every one`,
    );
  }
  return names;
}

function readProvider(
  id: string,
  config: Config,
  tenants: KnownTenant[],
): AzureMlCatalogProviderConfig {
  const path = `${ROOT}.${id}`;
  const tenantId = config.getString('tenantId');
  const tenant = tenants.find(
    t => t.tenantId.toLowerCase() === tenantId.toLowerCase(),
  );
  if (!tenant) {
    throw new Error(
      `Invalid config ${path}.tenantId: '${tenantId}' is not one of azureMl.tenants (${tenants
        .map(t => t.tenantId)
        .join(', ')}); add it there first`,
    );
  }
  const subscriptions =
    config.getOptionalStringArray('subscriptions') ?? tenant.subscriptions;
  if (subscriptions.length === 0) {
    throw new Error(
      `Missing config ${path}.subscriptions: tenant '${tenant.tenantId}' lists no subscriptions in azureMl.tenants, so name some here`,
    );
  }
  for (const subscription of subscriptions) {
    if (
      !tenant.subscriptions.some(
        s => s.toLowerCase() === subscription.toLowerCase(),
      )
    ) {
      throw new Error(
        `Invalid config ${path}.subscriptions: '${subscription}' is not a subscription of tenant '${tenant.tenantId}' in azureMl.tenants; add it there first`,
      );
    }
  }

  let workspaceTag: AzureMlCatalogProviderConfig['workspaceTag'];
  const tag = config.getOptionalString('workspaceTag');
  if (tag !== undefined) {
    const at = tag.indexOf('=');
    if (at <= 0) {
      throw new Error(
        `Invalid config ${path}.workspaceTag: '${tag}' must be 'key=value'`,
      );
    }
    workspaceTag = { key: tag.slice(0, at), value: tag.slice(at + 1) };
  }

  const ownerRaw = config.getString('defaultOwner');
  let defaultOwner: string;
  try {
    defaultOwner = stringifyEntityRef(
      parseEntityRef(ownerRaw, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new Error(
      `Invalid config ${path}.defaultOwner: '${ownerRaw}' is not an entity ref such as 'group:default/platform-team'`,
    );
  }

  return {
    id,
    tenantId: tenant.tenantId,
    subscriptions,
    resourceGroups: optionalNames(config, 'resourceGroups', path),
    workspaces: optionalNames(config, 'workspaces', path),
    workspaceTag,
    ownerTag: config.getOptionalString('ownerTag') ?? 'owner',
    defaultOwner,
    schedule: config.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
  };
}

/**
 * Reads every provider under `catalog.providers.azureMl`, one per key, and
 * checks them against the `azureMl` tenants.
 *
 * @param config - The root config.
 * @param tenants - `azureMl.tenants`, as `readAzureMlConfig` returns them.
 * @returns One entry per configured id; none when the block is absent.
 * @throws Error naming the key that is missing or wrong.
 * @public
 */
export function readAzureMlCatalogConfig(
  config: Config,
  tenants: KnownTenant[],
): AzureMlCatalogProviderConfig[] {
  const block = config.getOptionalConfig(ROOT);
  if (!block) {
    return [];
  }
  return block.keys().map(id => {
    if (!/^[a-zA-Z0-9_-]+$/.test(id)) {
      throw new Error(
        `Invalid config ${ROOT}.${id}: a provider id may hold only letters, digits, '-' and '_'`,
      );
    }
    return readProvider(id, block.getConfig(id), tenants);
  });
}
