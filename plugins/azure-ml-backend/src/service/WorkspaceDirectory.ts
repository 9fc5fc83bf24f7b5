/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlTenantConfig } from '@azure-ml-backstage/plugin-azure-ml-node';
import { NotFoundError } from '@backstage/errors';

/**
 * A subscription the portal shows the workspaces of, and its tenant.
 *
 * @internal
 */
export type ConfiguredSubscription = {
  subscriptionId: string;
  tenantId: string;
};

/**
 * The subscriptions configured under `azureMl.tenants`, and which tenant each
 * belongs to. A request can only reach workspaces in these subscriptions, and
 * its on-behalf-of exchange goes to the subscription's tenant.
 *
 * @internal
 */
export class WorkspaceDirectory {
  readonly #subscriptions: ConfiguredSubscription[];
  readonly #tenantBySubscription: Map<string, string>;

  constructor(tenants: AzureMlTenantConfig[]) {
    this.#subscriptions = tenants.flatMap(tenant =>
      tenant.subscriptions.map(subscriptionId => ({
        subscriptionId,
        tenantId: tenant.tenantId,
      })),
    );
    this.#tenantBySubscription = new Map(
      this.#subscriptions.map(s => [
        s.subscriptionId.toLowerCase(),
        s.tenantId,
      ]),
    );
  }

  /** Every configured subscription, in configured order. */
  subscriptions(): ConfiguredSubscription[] {
    return [...this.#subscriptions];
  }

  /**
   * The tenant of a configured subscription.
   *
   * @throws NotFoundError when the subscription is not configured.
   */
  tenantOf(subscriptionId: string): string {
    const tenantId = this.#tenantBySubscription.get(
      subscriptionId.toLowerCase(),
    );
    if (!tenantId) {
      throw new NotFoundError(
        `Subscription ${subscriptionId} is not one this portal shows; an administrator adds it under azureMl.tenants[].subscriptions`,
      );
    }
    return tenantId;
  }
}
