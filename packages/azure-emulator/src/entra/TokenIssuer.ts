/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { generateKeyPairSync, createHash, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify, exportJWK, type JWK, type JWTPayload } from 'jose';

/** Claims of an access or ID token as Entra issues them. */
export type TokenClaims = JWTPayload & Record<string, unknown>;

/**
 * Signs tokens (RS256) with one key pair shared by every tenant, as Entra's
 * signing keys are, and serves its public half as a JWKS.
 */
export class TokenIssuer {
  private readonly kid: string;

  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
  ) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    this.kid = createHash('sha1').update(der).digest('base64url');
  }

  static create(): TokenIssuer {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
    });
    return new TokenIssuer(privateKey, publicKey);
  }

  async sign(claims: TokenClaims, lifetimeSeconds: number, nowSeconds: number) {
    return new SignJWT({ ...claims })
      .setProtectedHeader({
        alg: 'RS256',
        typ: 'JWT',
        kid: this.kid,
        x5t: this.kid,
      })
      .setIssuedAt(nowSeconds)
      .setNotBefore(nowSeconds)
      .setExpirationTime(nowSeconds + lifetimeSeconds)
      .sign(this.privateKey);
  }

  /**
   * Checks signature and lifetime (with `clockToleranceSeconds`); the caller
   * checks issuer and audience, which differ per API.
   */
  async verify(token: string, nowSeconds: number, clockToleranceSeconds = 0) {
    const { payload } = await jwtVerify(token, this.publicKey, {
      algorithms: ['RS256'],
      currentDate: new Date(nowSeconds * 1000),
      clockTolerance: clockToleranceSeconds,
    });
    return payload as TokenClaims;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(this.publicKey);
    return {
      keys: [
        { ...jwk, kid: this.kid, use: 'sig', alg: 'RS256', x5t: this.kid },
      ],
    };
  }
}
