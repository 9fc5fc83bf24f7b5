/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { decodeJwt } from 'jose';

/**
 * The claims of an Entra access token that say what it is for, read
 * without verifying it: for explaining a token, never for trusting one.
 *
 * @public
 */
export type AccessTokenClaims = {
  /** `tid`: the tenant that issued it. */
  tenantId?: string;
  /** `aud`: whom it is for. */
  audiences: string[];
  /** `scp`: the delegated permissions. */
  scopes: string[];
  /** `roles`: the application permissions. */
  roles: string[];
  /** `iss`. */
  issuer?: string;
  /** `oid`: the user's (or app's) object id in the tenant. */
  objectId?: string;
  /** `preferred_username` or `upn`. */
  userPrincipalName?: string;
  /** `iat`, `nbf` and `exp`, in seconds since the epoch. */
  issuedAt?: number;
  notBefore?: number;
  expiresAt?: number;
};

const text = (value: unknown) =>
  typeof value === 'string' ? value : undefined;
const seconds = (value: unknown) =>
  typeof value === 'number' ? value : undefined;

/**
 * Reads the claims of a JWT access token, or `undefined` when it is not one.
 *
 * @public
 */
export function readAccessTokenClaims(
  token: string,
): AccessTokenClaims | undefined {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return undefined;
  }
  const list = (value: unknown, separator = ' ') =>
    Array.isArray(value)
      ? value.map(String)
      : text(value)?.split(separator).filter(Boolean) ?? [];
  return {
    tenantId: text(claims.tid),
    audiences: list(claims.aud, '\n'),
    scopes: list(claims.scp),
    roles: list(claims.roles),
    issuer: text(claims.iss),
    objectId: text(claims.oid),
    userPrincipalName: text(claims.preferred_username) ?? text(claims.upn),
    issuedAt: seconds(claims.iat),
    notBefore: seconds(claims.nbf),
    expiresAt: seconds(claims.exp),
  };
}
