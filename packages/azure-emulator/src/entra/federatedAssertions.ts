/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  createLocalJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { FederatedCredential } from '../state/model';
import {
  clientAssertionExpired,
  clientAssertionSignatureInvalid,
  malformedJwt,
  noMatchingFederatedCredential,
} from './entraErrors';
import { entraNowSeconds } from './entraClock';
import { workloadIdentityIssuer } from './entraUrls';
import { externalIssuerKeys } from './externalIssuerKeys';

/** Entra accepts assertions up to five minutes off its clock. */
const CLOCK_TOLERANCE_SECONDS = 300;

function audiencesOf(claims: JWTPayload): string[] {
  if (typeof claims.aud === 'string') return [claims.aud];
  return Array.isArray(claims.aud) ? claims.aud.map(String) : [];
}

async function issuerKeys(
  ctx: EmulatorContext,
  issuer: string,
): Promise<JWTVerifyGetKey> {
  // The emulator's own workload issuer signs with the emulator's key.
  if (issuer === workloadIdentityIssuer(ctx)) {
    return createLocalJWKSet(await ctx.issuer.jwks());
  }
  return externalIssuerKeys(issuer);
}

/**
 * Accepts a `client_assertion` issued by an external identity provider when
 * one of `credentials` names its issuer, subject and an audience, and the
 * issuer's published keys verify it (workload identity federation).
 */
export async function verifyFederatedAssertion(
  ctx: EmulatorContext,
  assertion: string,
  credentials: FederatedCredential[],
): Promise<void> {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(assertion);
  } catch {
    throw malformedJwt();
  }
  const issuer = String(claims.iss ?? '');
  const subject = String(claims.sub ?? '');
  const audiences = audiencesOf(claims);
  const credential = credentials.find(
    c =>
      c.issuer === issuer &&
      c.subject === subject &&
      c.audiences.some(a => audiences.includes(a)),
  );
  if (!credential) {
    throw noMatchingFederatedCredential(issuer, subject, audiences.join(','));
  }
  const keys = await issuerKeys(ctx, issuer);
  const nowSeconds = entraNowSeconds(ctx);
  try {
    await jwtVerify(assertion, keys, {
      currentDate: new Date(nowSeconds * 1000),
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
  } catch (error) {
    if (
      error instanceof joseErrors.JWTExpired ||
      (error instanceof joseErrors.JWTClaimValidationFailed &&
        error.claim === 'nbf')
    ) {
      throw clientAssertionExpired(nowSeconds, claims.nbf, claims.exp);
    }
    throw clientAssertionSignatureInvalid();
  }
}
