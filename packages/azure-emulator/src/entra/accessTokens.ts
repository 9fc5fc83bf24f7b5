/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { DirectoryUser } from '../state/model';
import type { TokenClaims } from './TokenIssuer';
import type { ResourceRequest } from './requestedScopes';
import { entraNowSeconds } from './entraClock';
import { v1Issuer, v2Issuer } from './entraUrls';
import { homeAccountOf } from './userAccounts';

/** Access and ID tokens live an hour (`expires_in`, `ext_expires_in`). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** The client app a token is issued to. */
export type TokenClient = {
  appId: string;
  displayName: string;
  /** How it authenticated: `appidacr` / `azpacr`. */
  acr: string;
};

/** A unique token identifier, as Entra's `uti`. */
const uniqueTokenId = () => randomBytes(16).toString('base64url');

/** Entra's `sub` for users is pairwise: stable per user and client app. */
export function pairwiseSubject(objectId: string, clientAppId: string): string {
  return createHash('sha256')
    .update(`${objectId}|${clientAppId}`)
    .digest('base64url')
    .slice(0, 43);
}

function usesV2(resource: ResourceRequest): boolean {
  return resource.app.accessTokenAcceptedVersion === 2;
}

/** How a v1 token names a person: members by UPN, guests by home identity. */
function v1UserNames(ctx: EmulatorContext, account: DirectoryUser) {
  if (!account.homeObjectId) {
    return {
      upn: account.userPrincipalName,
      unique_name: account.userPrincipalName,
    };
  }
  const home = homeAccountOf(ctx, account);
  return {
    unique_name: home.mail,
    email: home.mail,
    idp: v1Issuer(home.tenantId),
    acct: 1,
  };
}

/** `preferred_username`: the UPN, or a guest's home address. */
export function preferredUsername(
  ctx: EmulatorContext,
  account: DirectoryUser,
): string {
  return account.homeObjectId
    ? homeAccountOf(ctx, account).mail
    : account.userPrincipalName;
}

/** Claims of a delegated (user) access token, v1 or v2 as the API accepts. */
export function userAccessTokenClaims(
  ctx: EmulatorContext,
  options: {
    account: DirectoryUser;
    client: TokenClient;
    resource: ResourceRequest;
    scopes: string[];
  },
): TokenClaims {
  const { account, client, resource } = options;
  const tid = account.tenantId;
  const common = {
    idtyp: 'user',
    name: account.displayName,
    oid: account.objectId,
    scp: options.scopes.join(' '),
    sub: pairwiseSubject(account.objectId, client.appId),
    tid,
    groups: ctx.state.groupIdsOf(account.objectId),
    uti: uniqueTokenId(),
  };
  if (usesV2(resource)) {
    return {
      aud: resource.app.appId,
      iss: v2Issuer(ctx, tid),
      azp: client.appId,
      azpacr: client.acr,
      preferred_username: preferredUsername(ctx, account),
      ...common,
      ver: '2.0',
    };
  }
  return {
    aud: resource.identifier,
    iss: v1Issuer(tid),
    acr: '1',
    amr: ['pwd'],
    app_displayname: client.displayName,
    appid: client.appId,
    appidacr: client.acr,
    family_name: account.surname,
    given_name: account.givenName,
    ...v1UserNames(ctx, account),
    ...common,
    ver: '1.0',
  };
}

/** Claims of an app-only access token (client credentials, managed identity). */
export function appAccessTokenClaims(
  ctx: EmulatorContext,
  options: {
    servicePrincipalId: string;
    tenantId: string;
    client: TokenClient;
    resource: ResourceRequest;
    roles: string[];
    /** A managed identity's ARM id (`xms_mirid`). */
    managedIdentityResourceId?: string;
  },
): TokenClaims {
  const { client, resource, tenantId } = options;
  const common = {
    idtyp: 'app',
    oid: options.servicePrincipalId,
    ...(options.roles.length ? { roles: options.roles } : {}),
    sub: options.servicePrincipalId,
    tid: tenantId,
    uti: uniqueTokenId(),
    ...(options.managedIdentityResourceId
      ? { xms_mirid: options.managedIdentityResourceId }
      : {}),
  };
  if (usesV2(resource)) {
    return {
      aud: resource.app.appId,
      iss: v2Issuer(ctx, tenantId),
      azp: client.appId,
      azpacr: client.acr,
      ...common,
      ver: '2.0',
    };
  }
  return {
    aud: resource.identifier,
    iss: v1Issuer(tenantId),
    app_displayname: client.displayName,
    appid: client.appId,
    appidacr: client.acr,
    ...common,
    ver: '1.0',
  };
}

/** Signs with the emulator's key on Entra's (possibly skewed) clock. */
export async function signEntraToken(
  ctx: EmulatorContext,
  claims: TokenClaims,
): Promise<{ token: string; expiresOnSeconds: number }> {
  const now = entraNowSeconds(ctx);
  const token = await ctx.issuer.sign(claims, TOKEN_LIFETIME_SECONDS, now);
  return { token, expiresOnSeconds: now + TOKEN_LIFETIME_SECONDS };
}
