/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import { missingParameter, tenantNotFound, userNotFound } from '../entraErrors';
import {
  authenticateAppClient,
  type TokenRequestParams,
} from '../clientAuthentication';
import { parseScopeRequest } from '../requestedScopes';
import { tenantOrImplied, type TenantSegment } from '../tenants';
import { requireAccountInTenant } from '../userAccounts';
import { checkAssertionAudience, verifyUserAssertion } from '../userAssertions';
import { requestingClient } from './delegatedClient';
import {
  issueDelegatedTokens,
  type TokenResponseBody,
} from './issueDelegatedTokens';

export const JWT_BEARER_GRANT_TYPE =
  'urn:ietf:params:oauth:grant-type:jwt-bearer';

/**
 * The on-behalf-of flow (`jwt-bearer` with `requested_token_use=
 * on_behalf_of`): a middle-tier API trades the user's token for its API for
 * a token to a downstream API, in the user's tenant or, through their guest
 * account, in another one.
 */
export async function onBehalfOfGrant(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  segment: TenantSegment,
): Promise<TokenResponseBody> {
  if (params.requested_token_use !== 'on_behalf_of') {
    throw missingParameter('requested_token_use');
  }
  if (!params.assertion) throw missingParameter('assertion');
  const claims = await verifyUserAssertion(ctx, params.assertion);
  const homeTenantId = String(claims.tid);
  if (!ctx.state.tenants.has(homeTenantId)) throw tenantNotFound(homeTenantId);
  const tenant = tenantOrImplied(ctx, segment, homeTenantId);
  const client = await authenticateAppClient(ctx, params, tenant, {
    credentialRequired: true,
  });
  checkAssertionAudience(claims, client.app);
  const user = ctx.state.users.get(String(claims.oid));
  if (!user || user.tenantId !== homeTenantId) {
    throw userNotFound(
      String(claims.oid),
      ctx.state.tenants.get(homeTenantId)!,
    );
  }
  const account = requireAccountInTenant(ctx, user, tenant, client.app);
  if (!params.scope) throw missingParameter('scope');
  return issueDelegatedTokens(ctx, {
    tenant,
    account,
    ...requestingClient(client, params),
    scopes: parseScopeRequest(ctx, params.scope, tenant),
  });
}
