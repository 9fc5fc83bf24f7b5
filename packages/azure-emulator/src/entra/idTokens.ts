/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { DirectoryUser } from '../state/model';
import type { TokenClaims } from './TokenIssuer';
import type { OidcScope } from './requestedScopes';
import { v2Issuer } from './entraUrls';
import { pairwiseSubject, preferredUsername } from './accessTokens';
import { homeAccountOf } from './userAccounts';

/** Claims of a v2.0 ID token for the client that signed the user in. */
export function idTokenClaims(
  ctx: EmulatorContext,
  options: {
    account: DirectoryUser;
    clientId: string;
    oidc: Set<OidcScope>;
    nonce?: string;
  },
): TokenClaims {
  const { account, clientId } = options;
  return {
    aud: clientId,
    iss: v2Issuer(ctx, account.tenantId),
    name: account.displayName,
    preferred_username: preferredUsername(ctx, account),
    ...(options.oidc.has('email')
      ? { email: homeAccountOf(ctx, account).mail }
      : {}),
    ...(options.nonce ? { nonce: options.nonce } : {}),
    oid: account.objectId,
    sub: pairwiseSubject(account.objectId, clientId),
    tid: account.tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
  };
}

/** MSAL's `client_info`: the person's home object and tenant, base64url JSON. */
export function clientInfo(
  ctx: EmulatorContext,
  account: DirectoryUser,
): string {
  const home = homeAccountOf(ctx, account);
  return Buffer.from(
    JSON.stringify({ uid: home.objectId, utid: home.tenantId }),
  ).toString('base64url');
}
