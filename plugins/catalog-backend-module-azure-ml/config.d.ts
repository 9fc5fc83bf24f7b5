/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /** Azure Machine Learning entity providers, one per id. */
      azureMl?: {
        [id: string]: {
          /**
           * The tenant of the subscriptions; one of `azureMl.tenants`.
           * @visibility backend
           */
          tenantId: string;
          /**
           * Subscriptions to read; that tenant's `azureMl.tenants[].subscriptions` by default.
           * @visibility backend
           */
          subscriptions?: string[];
          /**
           * Only workspaces in these resource groups.
           * @visibility backend
           */
          resourceGroups?: string[];
          /**
           * Only these workspaces (names).
           * @visibility backend
           */
          workspaces?: string[];
          /**
           * Only workspaces with this tag, as `key=value`.
           * @visibility backend
           */
          workspaceTag?: string;
          /**
           * Workspace tag naming the owning group; `owner` by default.
           * @visibility backend
           */
          ownerTag?: string;
          /**
           * Owner of workspaces without that tag, an entity ref such as `group:default/platform-team`.
           * @visibility backend
           */
          defaultOwner: string;
          /**
           * When to run; every 30 minutes with a 10 minute timeout by default.
           * @visibility backend
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
      };
    };
  };
}
