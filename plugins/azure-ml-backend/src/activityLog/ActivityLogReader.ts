/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MonitorClient, type EventData } from '@azure/arm-monitor';
import type { HttpClient } from '@azure/core-rest-pipeline';
import {
  ArmReadBudget,
  azureClientPipelineOptions,
  type AzureCloudEndpoints,
  type AzureMlServiceIdentityService,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { callAzure } from '../service/callAzure';
import { activityLogFilter, type ActivityLogWindow } from './activityLogFilter';

/** A subscription and the tenant its service identity signs in to. */
export type ActivityLogSubscription = {
  tenantId: string;
  subscriptionId: string;
};

/**
 * Reads a subscription's Azure Activity Log (the Azure ML provider's events)
 * as the portal's service identity in the subscription's tenant, with the
 * official Azure Monitor client and the shared retries: throttling answers
 * and server errors are retried within their budgets, and all of this
 * identity's reads of a subscription share one ARM read budget.
 *
 * @internal
 */
export class ActivityLogReader {
  readonly #serviceIdentity: AzureMlServiceIdentityService;
  readonly #endpoints: AzureCloudEndpoints;
  readonly #httpClient?: HttpClient;
  readonly #readBudget = new ArmReadBudget();
  readonly #clients = new Map<string, MonitorClient>();

  constructor(options: {
    serviceIdentity: AzureMlServiceIdentityService;
    endpoints: AzureCloudEndpoints;
    httpClient?: HttpClient;
  }) {
    this.#serviceIdentity = options.serviceIdentity;
    this.#endpoints = options.endpoints;
    this.#httpClient = options.httpClient;
  }

  /**
   * Every event of the window, all pages read.
   *
   * @throws a `@backstage/errors` error naming the subscription when Azure
   *   refuses or keeps failing.
   */
  async list(
    subscription: ActivityLogSubscription,
    window: ActivityLogWindow,
  ): Promise<EventData[]> {
    const { tenantId, subscriptionId } = subscription;
    const client = this.#client(subscription);
    const scope = this.#endpoints.resourceManagerScope;
    return callAzure(
      {
        invalidateToken: () =>
          this.#serviceIdentity.invalidate(tenantId, scope),
      },
      `Read the Activity Log of subscription ${subscriptionId} as the portal's service identity (${this.#serviceIdentity.modeFor(
        tenantId,
      )})`,
      async () => {
        const events: EventData[] = [];
        for await (const event of client.activityLogs.list(
          activityLogFilter(window),
        )) {
          events.push(event);
        }
        return events;
      },
    );
  }

  #client({ tenantId, subscriptionId }: ActivityLogSubscription) {
    let client = this.#clients.get(subscriptionId);
    if (!client) {
      client = new MonitorClient(
        this.#serviceIdentity.credentialFor(tenantId),
        subscriptionId,
        {
          endpoint: this.#endpoints.resourceManager,
          credentials: { scopes: [this.#endpoints.resourceManagerScope] },
          ...(this.#httpClient ? { httpClient: this.#httpClient } : {}),
          ...azureClientPipelineOptions({ readBudget: this.#readBudget }),
        },
      );
      this.#clients.set(subscriptionId, client);
    }
    return client;
  }
}
