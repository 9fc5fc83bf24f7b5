/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import { ManagedIdentityCredential } from '@azure/identity';
import type { AzureMlServiceIdentityConfig } from '../config';
import type {
  ServiceIdentityStrategy,
  ServiceIdentityStrategyContext,
} from './types';

/**
 * Mode `managed-identity`: the managed identity of the host (App Service,
 * a VM, Container Apps), user-assigned when `clientId` is set, else
 * system-assigned. No secret is stored. A managed identity only acts in its
 * own tenant; the dispatcher refuses a token of another tenant.
 *
 * @public
 */
export class ManagedIdentityStrategy implements ServiceIdentityStrategy {
  getCredential(
    identity: AzureMlServiceIdentityConfig,
    _tenantId: string,
    ctx: ServiceIdentityStrategyContext,
  ): TokenCredential {
    if (identity.mode !== 'managed-identity') {
      throw new TypeError(
        `ManagedIdentityStrategy serves mode 'managed-identity', not '${identity.mode}'`,
      );
    }
    // The host's identity endpoint issues the token, so there is no authority
    // to discover: ManagedIdentityCredential has no disableInstanceDiscovery.
    const options = { authorityHost: ctx.cloud.endpoints.authorityHost };
    return identity.clientId
      ? new ManagedIdentityCredential({
          ...options,
          clientId: identity.clientId,
        })
      : new ManagedIdentityCredential(options);
  }
}
