/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlConfig,
  AzureMlServiceIdentityService,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { PortalCredentialUse } from './checkServiceIdentity';

/**
 * How the portal authenticates as itself for a workspace's tenant: the
 * portal app in on-behalf-of exchanges, and the service identity there; for
 * each client secret, which app it belongs to and its value (to match it to
 * Graph's hint; never shown).
 *
 * @internal
 */
export function portalCredentialUses(
  config: AzureMlConfig,
  serviceIdentity: AzureMlServiceIdentityService,
  tenantId: string,
): PortalCredentialUse[] {
  const { portalApp } = config;
  const portal: PortalCredentialUse = {
    purpose: 'On-behalf-of exchanges (portal app)',
    mode: portalApp.credential?.mode ?? 'not configured',
    ...(portalApp.credential?.mode === 'client-secret'
      ? {
          secret: {
            appId: portalApp.clientId,
            value: portalApp.credential.clientSecret,
          },
        }
      : {}),
  };
  const identity =
    config.tenants.find(
      t => t.tenantId.toLowerCase() === tenantId.toLowerCase(),
    )?.serviceIdentity ?? config.serviceIdentity;
  const service: PortalCredentialUse = {
    purpose: `Service identity in tenant ${tenantId}`,
    mode: serviceIdentity.modeFor(tenantId),
    ...(identity.mode === 'client-secret'
      ? { secret: { appId: identity.clientId, value: identity.clientSecret } }
      : {}),
  };
  return [portal, service];
}
