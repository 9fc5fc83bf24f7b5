/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import {
  codeAlreadyRedeemed,
  codeOfAnotherTenant,
  codeVerifierMismatch,
  grantExpired,
  malformedGrant,
  missingParameter,
  replyAddressMismatch,
} from '../entraErrors';
import type { TokenRequestParams } from '../clientAuthentication';
import { entraNowSeconds } from '../entraClock';
import { grantStoreOf, type AuthorizationGrant } from '../grantStore';
import { codeVerifierMatches } from '../pkce';
import { parseScopeRequest } from '../requestedScopes';
import type { TenantSegment } from '../tenants';
import {
  authenticateRedeemingClient,
  requestingClient,
} from './delegatedClient';
import {
  issueDelegatedTokens,
  type TokenResponseBody,
} from './issueDelegatedTokens';

function checkCodeVerifier(grant: AuthorizationGrant, verifier?: string) {
  if (!grant.codeChallenge) return;
  const matches =
    verifier !== undefined &&
    codeVerifierMatches(
      verifier,
      grant.codeChallenge,
      grant.codeChallengeMethod ?? 'plain',
    );
  if (!matches) throw codeVerifierMismatch();
}

/**
 * `grant_type=authorization_code`: redeems a code from `/authorize` once,
 * within ten minutes, from the same client, redirect URI and PKCE secret.
 */
export async function authorizationCodeGrant(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  segment: TenantSegment,
): Promise<TokenResponseBody> {
  if (!params.code) throw missingParameter('code');
  const store = grantStoreOf(ctx.state);
  const grant = store.findCode(params.code);
  if (!grant) throw malformedGrant();
  if (segment.kind === 'tenant' && segment.tenant.id !== grant.tenantId) {
    throw codeOfAnotherTenant();
  }
  const tenant = ctx.state.tenants.get(grant.tenantId)!;
  const client = await authenticateRedeemingClient(ctx, params, tenant, grant);
  if (grant.redeemed) throw codeAlreadyRedeemed();
  if (entraNowSeconds(ctx) > grant.expiresAtSeconds) throw grantExpired();
  if (!params.redirect_uri) throw missingParameter('redirect_uri');
  if (params.redirect_uri !== grant.redirectUri) {
    throw replyAddressMismatch(params.redirect_uri, grant.redirectUri);
  }
  checkCodeVerifier(grant, params.code_verifier);
  store.redeemCode(params.code);
  return issueDelegatedTokens(ctx, {
    tenant,
    account: ctx.state.users.get(grant.userObjectId)!,
    ...requestingClient(client, params),
    scopes: parseScopeRequest(ctx, params.scope || grant.scope, tenant),
    nonce: grant.nonce,
  });
}
