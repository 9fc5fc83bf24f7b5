/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { errors as joseErrors } from 'jose';
import type { EmulatorContext } from './EmulatorContext';
import type { TokenClaims } from '../entra/TokenIssuer';

/** Who is calling, read from a validated access token. */
export type Caller = {
  objectId: string;
  tenantId: string;
  /** The client app the token was issued to (`appid` in v1, `azp` in v2). */
  appId: string;
  principalType: 'User' | 'ServicePrincipal';
  /** UPN for users, app display name or client id for services. */
  displayName: string;
  scopes: string[];
  roles: string[];
  claims: TokenClaims;
};

/** Why a bearer token was refused. */
export type BearerFailure =
  | { reason: 'missing' }
  | { reason: 'invalid'; detail: string }
  | { reason: 'expired'; expiredAt: Date; now: Date }
  | { reason: 'audience'; audience: string };

export class BearerError extends Error {
  constructor(readonly failure: BearerFailure) {
    super(failure.reason);
  }
}

/**
 * Validates the `Authorization: Bearer` token of a request against the
 * emulator's signing key, lifetime (5 minutes of clock tolerance, as Azure
 * allows) and the audiences the API accepts.
 */
export async function authenticateCaller(
  ctx: EmulatorContext,
  authorization: string | undefined,
  acceptedAudiences: string[],
): Promise<Caller> {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new BearerError({ reason: 'missing' });
  const nowSeconds = Math.floor(ctx.now() / 1000);
  let claims: TokenClaims;
  try {
    claims = await ctx.issuer.verify(token, nowSeconds, 300);
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      const exp = Number((error.payload as TokenClaims).exp);
      throw new BearerError({
        reason: 'expired',
        expiredAt: new Date(exp * 1000),
        now: new Date(ctx.now()),
      });
    }
    throw new BearerError({
      reason: 'invalid',
      detail: (error as Error).message,
    });
  }
  const issuers = [
    `https://sts.windows.net/${claims.tid}/`,
    `${ctx.urls.https}/${claims.tid}/v2.0`,
  ];
  if (!issuers.includes(String(claims.iss))) {
    // Same signing key, other issuers (the workload identity issuer): not Entra tokens.
    throw new BearerError({
      reason: 'invalid',
      detail: `issuer ${claims.iss}`,
    });
  }
  const audience = String(claims.aud ?? '');
  const normalize = (a: string) => a.replace(/\/+$/, '').toLowerCase();
  if (!acceptedAudiences.map(normalize).includes(normalize(audience))) {
    throw new BearerError({ reason: 'audience', audience });
  }
  const isUser =
    claims.idtyp !== 'app' &&
    (claims.scp !== undefined || claims.upn !== undefined);
  return {
    objectId: String(claims.oid),
    tenantId: String(claims.tid),
    appId: String(claims.appid ?? claims.azp ?? ''),
    principalType: isUser ? 'User' : 'ServicePrincipal',
    displayName: String(
      claims.upn ??
        claims.preferred_username ??
        claims.app_displayname ??
        claims.appid ??
        claims.azp ??
        claims.oid,
    ),
    scopes: typeof claims.scp === 'string' ? claims.scp.split(' ') : [],
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
    claims,
  };
}
