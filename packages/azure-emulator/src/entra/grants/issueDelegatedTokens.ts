/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import type { AppRegistration, DirectoryUser, Tenant } from '../../state/model';
import { ensureResourceInTenant } from '../clientApps';
import { grantedDelegatedScopes } from '../consents';
import {
  TOKEN_LIFETIME_SECONDS,
  signEntraToken,
  userAccessTokenClaims,
} from '../accessTokens';
import { clientInfo, idTokenClaims } from '../idTokens';
import { entraNowSeconds } from '../entraClock';
import { REFRESH_TOKEN_LIFETIME_SECONDS, grantStoreOf } from '../grantStore';
import {
  DEFAULT_SCOPE,
  qualifiedScopes,
  type ScopeRequest,
} from '../requestedScopes';

/** A delegated token request that passed its grant's own checks. */
export type DelegatedTokenRequest = {
  tenant: Tenant;
  /** The user's object in `tenant` (a member or a guest account). */
  account: DirectoryUser;
  client: AppRegistration;
  /** `appidacr` of the client's authentication. */
  clientAcr: string;
  scopes: ScopeRequest;
  nonce?: string;
  /** MSAL asks for `client_info=1`. */
  wantsClientInfo: boolean;
};

/** The JSON of a successful token answer. */
export type TokenResponseBody = Record<string, string | number>;

/**
 * Issues what a user's grant earns: an access token with the consented
 * scopes, an ID token for `openid`, a refresh token for `offline_access`.
 */
export async function issueDelegatedTokens(
  ctx: EmulatorContext,
  request: DelegatedTokenRequest,
): Promise<TokenResponseBody> {
  const { tenant, account, client, scopes } = request;
  const { resource } = scopes;
  ensureResourceInTenant(resource.app, resource.identifier, tenant);
  const granted = grantedDelegatedScopes(
    ctx,
    tenant.id,
    client,
    resource,
    scopes.isDefault,
  );
  const oidcScopes = (['openid', 'profile', 'email'] as const).filter(s =>
    scopes.oidc.has(s),
  );
  const access = await signEntraToken(
    ctx,
    userAccessTokenClaims(ctx, {
      account,
      client: {
        appId: client.appId,
        displayName: client.displayName,
        acr: request.clientAcr,
      },
      resource,
      scopes: granted.length ? granted : oidcScopes,
    }),
  );
  const body: TokenResponseBody = {
    token_type: 'Bearer',
    scope: [
      ...qualifiedScopes(resource, granted),
      ...(scopes.isDefault ? qualifiedScopes(resource, [DEFAULT_SCOPE]) : []),
      ...oidcScopes,
    ].join(' '),
    expires_in: TOKEN_LIFETIME_SECONDS,
    ext_expires_in: TOKEN_LIFETIME_SECONDS,
    access_token: access.token,
  };
  if (scopes.oidc.has('offline_access')) {
    body.refresh_token = grantStoreOf(ctx.state).issueRefreshToken({
      tenantId: tenant.id,
      clientId: client.appId,
      userObjectId: account.objectId,
      expiresAtSeconds: entraNowSeconds(ctx) + REFRESH_TOKEN_LIFETIME_SECONDS,
    });
  }
  if (scopes.oidc.has('openid')) {
    const claims = idTokenClaims(ctx, {
      account,
      clientId: client.appId,
      oidc: scopes.oidc,
      nonce: request.nonce,
    });
    body.id_token = (await signEntraToken(ctx, claims)).token;
  }
  if (request.wantsClientInfo) body.client_info = clientInfo(ctx, account);
  return body;
}
