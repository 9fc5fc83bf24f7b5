/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { PassportProfile } from '@backstage/plugin-auth-node';

/** The ID token claims of a Microsoft Entra ID v2.0 sign-in that we read. */
export type EntraIdTokenClaims = {
  oid?: unknown;
  name?: unknown;
  email?: unknown;
  preferred_username?: unknown;
};

const text = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The person an Entra ID token names, in the shape the Microsoft
 * authenticator reports (passport-microsoft's profile): `id` is the Entra
 * object id (`oid`), as Graph's `/me` answers it.
 *
 * @param claims - the verified claims of an Entra v2.0 ID token
 * @throws Error when the token names no object id
 * @public
 */
export function entraIdProfileFromClaims(
  claims: EntraIdTokenClaims,
): PassportProfile {
  const id = text(claims.oid);
  if (!id) {
    throw new Error(
      'The ID token has no oid claim: sign in through a Microsoft Entra ID v2.0 authority',
    );
  }
  const email = text(claims.email) ?? text(claims.preferred_username);
  return {
    provider: 'microsoft',
    id,
    displayName: text(claims.name) ?? id,
    username: text(claims.preferred_username),
    emails: email ? [{ value: email }] : undefined,
  };
}
