/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import type { Tenant } from '../../state/model';
import {
  authenticateAppClient,
  authenticationLevel,
  type AppClient,
  type TokenRequestParams,
} from '../clientAuthentication';
import { grantOfAnotherClient } from '../entraErrors';
import type { DelegatedTokenRequest } from './issueDelegatedTokens';

/**
 * Authenticates the client redeeming a code or a refresh token: a public
 * client needs no credential, and only the client the grant was issued to
 * may redeem it.
 */
export async function authenticateRedeemingClient(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  tenant: Tenant,
  grant: { clientId: string },
): Promise<AppClient> {
  const client = await authenticateAppClient(ctx, params, tenant, {
    credentialRequired: false,
  });
  if (client.app.appId !== grant.clientId) {
    throw grantOfAnotherClient();
  }
  return client;
}

/** What a delegated token request takes from its authenticated client. */
export function requestingClient(
  client: AppClient,
  params: TokenRequestParams,
): Pick<DelegatedTokenRequest, 'client' | 'clientAcr' | 'wantsClientInfo'> {
  return {
    client: client.app,
    clientAcr: authenticationLevel(client),
    wantsClientInfo: params.client_info === '1',
  };
}
