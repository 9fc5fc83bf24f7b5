/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { demoIds } from './demoIds';

/**
 * The portal's `azureMl` configuration block against an emulator at `https`:
 * the demo app registration (client secret, as the emulator's demo has no
 * workload identity to federate), both demo tenants with their subscriptions,
 * and the app as service identity, which has Reader on every subscription.
 * For tests and benchmarks of the plugins.
 */
export function azureMlConfigFor(https: string) {
  const portal = demoIds.app('backstage-portal');
  const secret: string = portal.passwordCredentials[0].secretText;
  const contoso = demoIds.tenant('contoso');
  return {
    cloud: 'custom',
    endpoints: {
      authorityHost: https,
      resourceManager: https,
      graph: `${https}/v1.0`,
    },
    portalApp: {
      clientId: portal.appId as string,
      credential: { mode: 'client-secret', clientSecret: secret },
    },
    tenants: [
      {
        tenantId: contoso,
        subscriptions: [
          demoIds.subscription('contoso-ml-prod'),
          demoIds.subscription('contoso-ml-dev'),
        ],
      },
      {
        tenantId: demoIds.tenant('fabrikam'),
        subscriptions: [demoIds.subscription('fabrikam-research')],
      },
    ],
    serviceIdentity: {
      mode: 'client-secret',
      clientId: portal.appId as string,
      tenantId: contoso,
      clientSecret: secret,
    },
  };
}
