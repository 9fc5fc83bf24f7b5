/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import {
  clientCredentialsNeedDefaultScope,
  missingParameter,
  noTenantInformation,
} from '../entraErrors';
import {
  authenticateAppOrManagedIdentity,
  type TokenRequestParams,
} from '../clientAuthentication';
import { ensureResourceInTenant } from '../clientApps';
import { TOKEN_LIFETIME_SECONDS } from '../accessTokens';
import { parseScopeRequest } from '../requestedScopes';
import type { TenantSegment } from '../tenants';
import { appPrincipalOf, issueAppAccessToken } from './issueAppAccessToken';
import type { TokenResponseBody } from './issueDelegatedTokens';

/**
 * `grant_type=client_credentials`: an app (or a user-assigned identity
 * through a federated assertion) asks for an app-only token for
 * `{resource}/.default` in one tenant.
 */
export async function clientCredentialsGrant(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  segment: TenantSegment,
): Promise<TokenResponseBody> {
  if (segment.kind !== 'tenant') throw noTenantInformation();
  const { tenant } = segment;
  const client = await authenticateAppOrManagedIdentity(ctx, params, tenant);
  if (!params.scope) throw missingParameter('scope');
  const { resource, isDefault } = parseScopeRequest(ctx, params.scope, tenant);
  if (!isDefault || resource.names.length !== 1) {
    throw clientCredentialsNeedDefaultScope(params.scope);
  }
  ensureResourceInTenant(resource.app, resource.identifier, tenant);
  const { token } = await issueAppAccessToken(
    ctx,
    appPrincipalOf(client, tenant.id),
    tenant.id,
    resource,
  );
  return {
    token_type: 'Bearer',
    expires_in: TOKEN_LIFETIME_SECONDS,
    ext_expires_in: TOKEN_LIFETIME_SECONDS,
    access_token: token,
  };
}
