/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';

/**
 * One configured Azure ML entity provider, read from
 * `catalog.providers.azureMl.<id>`.
 *
 * @public
 */
export type AzureMlCatalogProviderConfig = {
  /** The key under `catalog.providers.azureMl`. */
  id: string;
  /** The tenant of the subscriptions; one of `azureMl.tenants`. */
  tenantId: string;
  /** The subscriptions to read, each one of the tenant's configured ones. */
  subscriptions: string[];
  /** Only workspaces in these resource groups (any case), when set. */
  resourceGroups?: string[];
  /** Only these workspaces (names, any case), when set. */
  workspaces?: string[];
  /** Only workspaces carrying this tag with this value, when set. */
  workspaceTag?: { key: string; value: string };
  /** The workspace tag naming the owning group. */
  ownerTag: string;
  /** The owner of workspaces without that tag, a full entity ref. */
  defaultOwner: string;
  /** When the provider runs. */
  schedule: SchedulerServiceTaskScheduleDefinition;
};
