/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** The portal backend's own config: how the `microsoft` sign-in is served. */
export interface Config {
  auth?: {
    providers?: {
      /**
       * Sign-in with Microsoft Entra ID (src/auth), one entry per auth
       * environment (`development`, `production`).
       */
      microsoft?: {
        [authEnv: string]:
          | {
              /**
               * Signs in at Microsoft Entra ID itself
               * (`@backstage/plugin-auth-backend-module-microsoft-provider`).
               * @visibility backend
               */
              authenticator: 'microsoft';
              /** @visibility backend */
              clientId: string;
              /** @visibility secret */
              clientSecret: string;
              /** @visibility backend */
              tenantId: string;
              /** @visibility backend */
              domainHint?: string;
              /** @visibility backend */
              callbackUrl?: string;
              /** @visibility backend */
              skipUserProfile?: boolean;
              /** @visibility backend */
              additionalScopes?: string | string[];
              /** @visibility backend */
              sessionDuration?: string | { [unit: string]: number };
              /** @visibility backend */
              signIn?: {
                resolvers: Array<{ resolver: string; [key: string]: unknown }>;
              };
            }
          | {
              /**
               * Signs in through an Entra-compatible OpenID Connect
               * authority, such as the local Azure emulator
               * (`@backstage/plugin-auth-backend-module-oidc-provider`).
               * @visibility backend
               */
              authenticator: 'oidc';
              /** @visibility backend */
              clientId: string;
              /** @visibility secret */
              clientSecret: string;
              /**
               * The tenant's v2.0 discovery document, e.g.
               * `https://localhost:7443/{tenantId}/v2.0/.well-known/openid-configuration`.
               * @visibility backend
               */
              metadataUrl: string;
              /** @visibility backend */
              tokenEndpointAuthMethod?:
                | 'client_secret_post'
                | 'client_secret_basic';
              /** `auto` lets the authority decide; the OIDC default is `none`. @visibility backend */
              prompt?: string;
              /** @visibility backend */
              callbackUrl?: string;
              /** @visibility backend */
              additionalScopes?: string | string[];
              /** @visibility backend */
              sessionDuration?: string | { [unit: string]: number };
              /** @visibility backend */
              signIn?: {
                resolvers: Array<{ resolver: string; [key: string]: unknown }>;
              };
            };
      };
    };
  };
}
