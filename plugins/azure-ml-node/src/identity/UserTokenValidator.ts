/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AuthenticationError } from '@backstage/errors';
import {
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  type JWTHeaderParameters,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import type { AzureMlConfig } from '../config';
import { LruCache } from '../cache';
import { TenantSigningKeys } from './TenantSigningKeys';
import type { ValidatedUserToken } from './types';

/** Tolerated clock difference with Entra, in seconds. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Options of {@link UserTokenValidator}.
 *
 * @public
 */
export type UserTokenValidatorOptions = {
  /** Entra authority host of the cloud, e.g. `https://login.microsoftonline.com`. */
  authorityHost: string;
  /** Application (client) id of the portal, an accepted audience. */
  portalClientId: string;
  /** Application ID URI of the portal's API, the other accepted audience. */
  portalAudience: string;
  /** Tenants whose users are accepted. */
  allowedTenantIds: string[];
  /** Current time in milliseconds; `Date.now` unless replaced (tests). */
  clock?: () => number;
};

/**
 * Validates the Entra access token a user's browser forwards for the portal's
 * API: signature from the tenant's JWKS, issuer, audience, tenant allow-list
 * and lifetime (with 60 seconds of clock skew).
 *
 * @public
 */
export class UserTokenValidator {
  readonly #options: UserTokenValidatorOptions;
  readonly #allowed: Set<string>;
  readonly #keys: TenantSigningKeys;
  readonly #clock: () => number;
  /**
   * Tokens that passed every check, by the whole token (never by a part of
   * it, which a forger could reuse): a repeat request only re-checks the
   * lifetime, not the signature.
   */
  readonly #validated = new LruCache<string, ValidatedUserToken>(10_000);

  /** Builds a validator from the typed `azureMl` configuration. */
  static fromConfig(
    config: AzureMlConfig,
    options?: { clock?: () => number },
  ): UserTokenValidator {
    return new UserTokenValidator({
      authorityHost: config.cloud.endpoints.authorityHost,
      portalClientId: config.portalApp.clientId,
      portalAudience: config.portalApp.audience,
      allowedTenantIds: config.tenants.map(t => t.tenantId),
      clock: options?.clock,
    });
  }

  constructor(options: UserTokenValidatorOptions) {
    this.#options = options;
    this.#allowed = new Set(options.allowedTenantIds.map(t => t.toLowerCase()));
    this.#keys = new TenantSigningKeys({
      authorityHost: options.authorityHost,
    });
    this.#clock = options.clock ?? Date.now;
  }

  /**
   * Validates a token and returns its user; throws `AuthenticationError`
   * saying what was wrong.
   */
  async validate(token: string | undefined): Promise<ValidatedUserToken> {
    if (!token) {
      throw new AuthenticationError(
        'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
      );
    }
    const known = this.#validated.get(token);
    if (known) {
      this.#checkLifetime({ exp: known.expiresAt.getTime() / 1000 });
      return known;
    }
    const validated = await this.#validateAfresh(token);
    this.#validated.set(token, validated);
    return validated;
  }

  async #validateAfresh(token: string): Promise<ValidatedUserToken> {
    const claims = this.#decode(token);
    const tenantId = claims.tid as string;
    if (!this.#allowed.has(tenantId.toLowerCase())) {
      throw new AuthenticationError(
        `Azure access token is from tenant ${tenantId}, which this portal does not allow (allowed: ${this.#options.allowedTenantIds.join(
          ', ',
        )})`,
      );
    }
    const { issuer, keys } = await this.#keys.forTenant(tenantId);
    await this.#verifySignature(token, keys);
    this.#checkAudience(claims);
    if (claims.iss !== issuer) {
      throw new AuthenticationError(
        `Azure access token has issuer '${claims.iss}', expected '${issuer}' for tenant ${tenantId}`,
      );
    }
    this.#checkLifetime(claims);
    if (typeof claims.oid !== 'string' || typeof claims.scp !== 'string') {
      throw new AuthenticationError(
        'Azure access token is not a delegated user token: it has no oid or scp claim',
      );
    }
    const upn = claims.preferred_username ?? claims.upn;
    return {
      token,
      objectId: claims.oid,
      tenantId,
      userPrincipalName: typeof upn === 'string' ? upn : undefined,
      scopes: claims.scp.split(' ').filter(Boolean),
      expiresAt: new Date((claims.exp as number) * 1000),
    };
  }

  #decode(token: string): JWTPayload {
    let claims: JWTPayload;
    try {
      decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch (error) {
      throw new AuthenticationError(
        `Malformed Azure access token: ${(error as Error).message}`,
      );
    }
    if (typeof claims.tid !== 'string' || typeof claims.exp !== 'number') {
      throw new AuthenticationError(
        'Malformed Azure access token: it has no tid or exp claim',
      );
    }
    return claims;
  }

  async #verifySignature(token: string, keys: JWTVerifyGetKey): Promise<void> {
    try {
      // A JWT never carries b64: false, so its header is a JWT header.
      await compactVerify(token, (header, input) =>
        keys(header as JWTHeaderParameters, input),
      );
    } catch (error) {
      if (
        error instanceof joseErrors.JWSSignatureVerificationFailed ||
        error instanceof joseErrors.JWKSNoMatchingKey ||
        error instanceof joseErrors.JWSInvalid
      ) {
        throw new AuthenticationError(
          `Azure access token has a bad signature: ${error.message}`,
        );
      }
      throw error;
    }
  }

  #checkAudience(claims: JWTPayload): void {
    const accepted = [
      this.#options.portalClientId,
      this.#options.portalAudience,
    ];
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some(aud => aud !== undefined && accepted.includes(aud))) {
      throw new AuthenticationError(
        `Azure access token is for audience '${audiences.join(
          "', '",
        )}', not the portal API (expected '${accepted.join("' or '")}')`,
      );
    }
  }

  #checkLifetime(claims: JWTPayload): void {
    const now = this.#clock() / 1000;
    const exp = claims.exp as number;
    if (now > exp + CLOCK_SKEW_SECONDS) {
      throw new AuthenticationError(
        `Azure access token expired at ${new Date(
          exp * 1000,
        ).toISOString()}; sign in again`,
      );
    }
    if (
      typeof claims.nbf === 'number' &&
      now < claims.nbf - CLOCK_SKEW_SECONDS
    ) {
      throw new AuthenticationError(
        `Azure access token is not valid before ${new Date(
          claims.nbf * 1000,
        ).toISOString()}; check the server clock`,
      );
    }
  }
}
