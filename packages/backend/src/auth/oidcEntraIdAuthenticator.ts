/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createOAuthAuthenticator,
  PassportOAuthAuthenticatorHelper,
  type OAuthSession,
  type PassportProfile,
} from '@backstage/plugin-auth-node';
import { oidcAuthenticator } from '@backstage/plugin-auth-backend-module-oidc-provider';
import { microsoftAuthenticator } from '@backstage/plugin-auth-backend-module-microsoft-provider';
import { entraIdProfileFromClaims } from './entraIdProfileFromClaims';

type OidcContext = ReturnType<typeof oidcAuthenticator.initialize>;
type OidcClient = Awaited<OidcContext['promise']>['client'];
type TokenSet = Awaited<ReturnType<OidcClient['refresh']>>;

/**
 * What a refresh asks for when the token it was asked for carries no ID
 * token (a token for another API): the person's profile, as the Microsoft
 * authenticator fetches it with a second, Graph-scoped refresh.
 */
const PROFILE_SCOPE = 'openid profile email offline_access';

function sessionOf(tokenset: TokenSet, refreshToken: string): OAuthSession {
  if (!tokenset.access_token) {
    throw new Error(
      'The token endpoint answered the refresh without an access token',
    );
  }
  return {
    accessToken: tokenset.access_token,
    tokenType: tokenset.token_type ?? 'bearer',
    scope: tokenset.scope ?? '',
    expiresInSeconds: tokenset.expires_in,
    idToken: tokenset.id_token,
    refreshToken: tokenset.refresh_token ?? refreshToken,
  };
}

/** A refresh grant that names the scope: Entra issues one token per API. */
function refreshFor(client: OidcClient, refreshToken: string, scope: string) {
  return client.refresh(refreshToken, { exchangeBody: { scope } });
}

/**
 * The `microsoft` provider served by Backstage's OpenID Connect authenticator
 * (for an Entra-compatible authority such as the local Azure emulator),
 * reporting what the Microsoft authenticator reports: a passport profile
 * whose `id` is the Entra object id. It signs in through `oidcAuthenticator`
 * unchanged, and refreshes with the requested scope (which the OIDC
 * authenticator leaves out), so `getAccessToken` for another API, such as
 * the portal's own, receives a token for that API.
 *
 * @public
 */
export const oidcEntraIdAuthenticator = createOAuthAuthenticator<
  OidcContext,
  PassportProfile
>({
  defaultProfileTransform:
    PassportOAuthAuthenticatorHelper.defaultProfileTransform,
  scopes: microsoftAuthenticator.scopes,
  initialize: options => oidcAuthenticator.initialize(options),
  start: (input, ctx) => oidcAuthenticator.start(input, ctx),
  async authenticate(input, ctx) {
    const result = await oidcAuthenticator.authenticate(input, ctx);
    return {
      fullProfile: entraIdProfileFromClaims(
        result.fullProfile.tokenset.claims(),
      ),
      session: result.session,
    };
  },
  async refresh(input, ctx) {
    const { client } = await ctx.promise;
    const tokens = await refreshFor(client, input.refreshToken, input.scope);
    const session = sessionOf(tokens, input.refreshToken);
    if (tokens.id_token) {
      return {
        fullProfile: entraIdProfileFromClaims(tokens.claims()),
        session,
      };
    }
    const profileTokens = await refreshFor(
      client,
      session.refreshToken!,
      PROFILE_SCOPE,
    );
    return {
      fullProfile: entraIdProfileFromClaims(profileTokens.claims()),
      session: {
        ...session,
        refreshToken: profileTokens.refresh_token ?? session.refreshToken,
      },
    };
  },
  async logout(input, ctx) {
    await oidcAuthenticator.logout?.(input, ctx);
  },
});
