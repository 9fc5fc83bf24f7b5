/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ServiceUnavailableError } from '@backstage/errors';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/**
 * What a tenant's OpenID configuration says about its tokens.
 *
 * @public
 */
export type TenantSigningMetadata = {
  /** The issuer of the tenant's v2.0 tokens. */
  issuer: string;
  /** Resolves the key a token header names from the tenant's JWKS. */
  keys: JWTVerifyGetKey;
};

/**
 * Discovers and caches, per tenant, the issuer and signing keys of Entra's
 * v2.0 endpoint at `{authorityHost}/{tenantId}/v2.0/.well-known/openid-configuration`.
 *
 * @public
 */
export class TenantSigningKeys {
  readonly #authorityHost: string;
  readonly #tenants = new Map<string, Promise<TenantSigningMetadata>>();

  constructor(options: { authorityHost: string }) {
    this.#authorityHost = options.authorityHost.replace(/\/+$/, '');
  }

  /** The tenant's issuer and keys; a failed discovery is retried next time. */
  forTenant(tenantId: string): Promise<TenantSigningMetadata> {
    const key = tenantId.toLowerCase();
    let metadata = this.#tenants.get(key);
    if (!metadata) {
      metadata = this.#discover(tenantId);
      this.#tenants.set(key, metadata);
      metadata.catch(() => this.#tenants.delete(key));
    }
    return metadata;
  }

  async #discover(tenantId: string): Promise<TenantSigningMetadata> {
    const url = `${this.#authorityHost}/${encodeURIComponent(
      tenantId,
    )}/v2.0/.well-known/openid-configuration`;
    let document: { issuer?: unknown; jwks_uri?: unknown };
    try {
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`HTTP ${response.status} ${response.statusText}`);
      }
      document = await response.json();
    } catch (error) {
      throw new ServiceUnavailableError(
        `Could not read the OpenID configuration of tenant ${tenantId} at ${url}: ${
          (error as Error).message
        }`,
      );
    }
    if (
      typeof document.issuer !== 'string' ||
      typeof document.jwks_uri !== 'string'
    ) {
      throw new ServiceUnavailableError(
        `The OpenID configuration of tenant ${tenantId} at ${url} lacks issuer or jwks_uri`,
      );
    }
    return {
      issuer: document.issuer,
      keys: createRemoteJWKSet(new URL(document.jwks_uri)),
    };
  }
}
