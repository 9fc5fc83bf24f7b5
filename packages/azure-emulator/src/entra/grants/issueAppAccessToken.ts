/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ManagedIdentity } from '../../state/model';
import {
  appAccessTokenClaims,
  signEntraToken,
  type TokenClient,
} from '../accessTokens';
import {
  authenticationLevel,
  type AuthenticatedClient,
} from '../clientAuthentication';
import { servicePrincipalIdIn } from '../clientApps';
import { grantedAppRoles } from '../consents';
import type { ResourceRequest } from '../requestedScopes';

/** A service principal acting as itself. */
export type AppPrincipal = {
  servicePrincipalId: string;
  client: TokenClient;
  managedIdentityResourceId?: string;
};

export function managedIdentityPrincipal(
  identity: ManagedIdentity,
): AppPrincipal {
  return {
    servicePrincipalId: identity.principalId,
    client: { appId: identity.clientId, displayName: identity.name, acr: '2' },
    managedIdentityResourceId: identity.resourceId,
  };
}

/** The service principal of an authenticated client in a tenant. */
export function appPrincipalOf(
  client: AuthenticatedClient,
  tenantId: string,
): AppPrincipal {
  if (client.kind === 'managedIdentity') {
    return managedIdentityPrincipal(client.identity);
  }
  return {
    servicePrincipalId: servicePrincipalIdIn(client.app, tenantId),
    client: {
      appId: client.app.appId,
      displayName: client.app.displayName,
      acr: authenticationLevel(client),
    },
  };
}

/** An app-only access token, with the app roles the tenant granted. */
export async function issueAppAccessToken(
  ctx: EmulatorContext,
  principal: AppPrincipal,
  tenantId: string,
  resource: ResourceRequest,
) {
  return signEntraToken(
    ctx,
    appAccessTokenClaims(ctx, {
      servicePrincipalId: principal.servicePrincipalId,
      tenantId,
      client: principal.client,
      resource,
      roles: grantedAppRoles(ctx, tenantId, principal.client.appId, resource),
      managedIdentityResourceId: principal.managedIdentityResourceId,
    }),
  );
}
