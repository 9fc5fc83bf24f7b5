/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { decodeJwt, errors as joseErrors, type JWTPayload } from 'jose';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration } from '../state/model';
import type { TokenClaims } from './TokenIssuer';
import {
  assertionAudienceMismatch,
  assertionExpired,
  assertionNotDelegated,
  assertionSignatureInvalid,
  malformedJwt,
} from './entraErrors';
import { entraNowSeconds } from './entraClock';

/** Entra accepts assertions up to five minutes off its clock. */
const CLOCK_TOLERANCE_SECONDS = 300;

/**
 * Validates the `assertion` of an on-behalf-of request: a delegated access
 * token the emulator issued, signed by its key and within its lifetime.
 */
export async function verifyUserAssertion(
  ctx: EmulatorContext,
  assertion: string,
): Promise<TokenClaims> {
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(assertion);
  } catch {
    throw malformedJwt();
  }
  const now = entraNowSeconds(ctx);
  let claims: TokenClaims;
  try {
    claims = await ctx.issuer.verify(assertion, now, CLOCK_TOLERANCE_SECONDS);
  } catch (error) {
    const outOfTime =
      error instanceof joseErrors.JWTExpired ||
      (error instanceof joseErrors.JWTClaimValidationFailed &&
        error.claim === 'nbf');
    if (outOfTime) throw assertionExpired(now, Number(unverified.exp));
    throw assertionSignatureInvalid();
  }
  if (claims.idtyp === 'app' || typeof claims.scp !== 'string') {
    throw assertionNotDelegated();
  }
  return claims;
}

/** The assertion must be a token for the client presenting it (AADSTS50013). */
export function checkAssertionAudience(
  claims: TokenClaims,
  client: AppRegistration,
): void {
  const normalize = (value: string) => value.replace(/\/+$/, '').toLowerCase();
  const audience = String(claims.aud ?? '');
  const accepted = [client.appId, ...client.identifierUris].map(normalize);
  if (!accepted.includes(normalize(audience))) {
    throw assertionAudienceMismatch(audience, client);
  }
}
