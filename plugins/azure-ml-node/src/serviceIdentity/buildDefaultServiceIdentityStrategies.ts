/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ClientAssertionStrategy } from './ClientAssertionStrategy';
import { ClientSecretStrategy } from './ClientSecretStrategy';
import { ManagedIdentityStrategy } from './ManagedIdentityStrategy';
import { WorkloadIdentityStrategy } from './WorkloadIdentityStrategy';
import type { ServiceIdentityStrategy } from './types';

/**
 * The default service identity strategies, keyed by the `mode` that selects
 * them in config, in order of preference: workload identity federation,
 * managed identity, client assertion, client secret (the last resort).
 *
 * @public
 */
export function buildDefaultServiceIdentityStrategies(): Map<
  string,
  ServiceIdentityStrategy
> {
  return new Map<string, ServiceIdentityStrategy>([
    ['workload-identity', new WorkloadIdentityStrategy()],
    ['managed-identity', new ManagedIdentityStrategy()],
    ['client-assertion', new ClientAssertionStrategy()],
    ['client-secret', new ClientSecretStrategy()],
  ]);
}
