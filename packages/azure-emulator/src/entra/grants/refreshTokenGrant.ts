/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import { grantExpired, malformedGrant, missingParameter } from '../entraErrors';
import type { TokenRequestParams } from '../clientAuthentication';
import { entraNowSeconds } from '../entraClock';
import { grantStoreOf } from '../grantStore';
import { parseScopeRequest } from '../requestedScopes';
import { tenantOrImplied, type TenantSegment } from '../tenants';
import { requireAccountInTenant } from '../userAccounts';
import {
  authenticateRedeemingClient,
  requestingClient,
} from './delegatedClient';
import {
  issueDelegatedTokens,
  type TokenResponseBody,
} from './issueDelegatedTokens';

/**
 * `grant_type=refresh_token`: a new access token for any consented resource
 * and a new refresh token; the redeemed one stops working. At another
 * tenant's authority the person needs an account there, as for OBO.
 */
export async function refreshTokenGrant(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  segment: TenantSegment,
): Promise<TokenResponseBody> {
  if (!params.refresh_token) throw missingParameter('refresh_token');
  const store = grantStoreOf(ctx.state);
  const grant = store.findRefreshToken(params.refresh_token);
  if (!grant) throw malformedGrant();
  const tenant = tenantOrImplied(ctx, segment, grant.tenantId);
  const client = await authenticateRedeemingClient(ctx, params, tenant, grant);
  if (entraNowSeconds(ctx) > grant.expiresAtSeconds) throw grantExpired();
  if (!params.scope) throw missingParameter('scope');
  const user = ctx.state.users.get(grant.userObjectId);
  if (!user) throw malformedGrant();
  const account = requireAccountInTenant(ctx, user, tenant, client.app);
  store.revokeRefreshToken(params.refresh_token);
  const scopes = parseScopeRequest(ctx, params.scope, tenant);
  scopes.oidc.add('offline_access');
  return issueDelegatedTokens(ctx, {
    tenant,
    account,
    ...requestingClient(client, params),
    scopes,
  });
}
