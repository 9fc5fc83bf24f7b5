/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createOAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { entraIdAuthenticator } from './entraIdAuthenticator';
import { entraIdSignInResolvers } from './entraIdSignInResolvers';

/**
 * Sign-in with Microsoft Entra ID as the `microsoft` provider: through
 * Microsoft itself or an Entra-compatible OpenID Connect authority (the local
 * Azure emulator), as each auth environment's `authenticator` says. People
 * resolve to the catalog users ingested from Microsoft Graph.
 *
 * @public
 */
export const authModuleEntraIdProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'entra-id-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'microsoft',
          factory: createOAuthProviderFactory({
            authenticator: entraIdAuthenticator,
            signInResolver:
              entraIdSignInResolvers.objectIdMatchingUserEntityAnnotation(),
            signInResolverFactories: { ...entraIdSignInResolvers },
          }),
        });
      },
    });
  },
});
