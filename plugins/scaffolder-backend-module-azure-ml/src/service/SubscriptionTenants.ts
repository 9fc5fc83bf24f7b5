/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlTenantConfig } from '@azure-ml-backstage/plugin-azure-ml-node';
import { NotFoundError } from '@backstage/errors';

/**
 * Which tenant each subscription of `azureMl.tenants` belongs to: actions
 * only reach these subscriptions, and exchange the user's token there.
 *
 * @internal
 */
export class SubscriptionTenants {
  readonly #tenants: Map<string, string>;

  constructor(tenants: AzureMlTenantConfig[]) {
    this.#tenants = new Map(
      tenants.flatMap(t =>
        t.subscriptions.map(s => [s.toLowerCase(), t.tenantId] as const),
      ),
    );
  }

  /**
   * The tenant of a configured subscription.
   *
   * @throws NotFoundError when the subscription is not configured.
   */
  tenantOf(subscriptionId: string): string {
    const tenantId = this.#tenants.get(subscriptionId.toLowerCase());
    if (!tenantId) {
      throw new NotFoundError(
        `Subscription ${subscriptionId} is not one this portal reaches; an administrator adds it under azureMl.tenants[].subscriptions`,
      );
    }
    return tenantId;
  }
}
