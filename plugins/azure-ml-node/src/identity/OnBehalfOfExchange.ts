/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken } from '@azure/core-auth';
import { OnBehalfOfCredential } from '@azure/identity';
import {
  AuthenticationError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { ValidatedUserToken } from './types';

/** Cached tokens are replaced this long before they expire. */
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

/**
 * How the portal app proves itself to Entra in an on-behalf-of exchange: its
 * client secret, or a function returning a client assertion (for example a
 * federated workload identity token).
 *
 * @public
 */
export type OnBehalfOfClientCredential =
  | { clientSecret: string }
  | { getAssertion: () => Promise<string> };

/**
 * Options of {@link OnBehalfOfExchange}.
 *
 * @public
 */
export type OnBehalfOfExchangeOptions = {
  /** Entra authority host of the cloud. */
  authorityHost: string;
  /** Application (client) id of the portal, the middle tier. */
  clientId: string;
  /** The portal app's client credential. */
  clientCredential: OnBehalfOfClientCredential;
  /** Tenants exchanges may target; any tenant when omitted. */
  allowedTenantIds?: string[];
  /** Current time in milliseconds; `Date.now` unless replaced (tests). */
  clock?: () => number;
};

/**
 * What one cached on-behalf-of token is for: a user, a tenant and a scope.
 *
 * @public
 */
export type OnBehalfOfKey = {
  /** The user's object id in their home tenant. */
  objectId: string;
  /** The tenant the token is issued in. */
  tenantId: string;
  /** The scope the token is for, e.g. `https://management.azure.com/.default`. */
  scope: string;
};

function cacheKey(key: OnBehalfOfKey): string {
  return [key.objectId, key.tenantId, key.scope]
    .map(part => part.toLowerCase())
    .join('\n');
}

/** AADSTS codes that mean the user may not have what was asked for. */
const NOT_ALLOWED_CODES = new Set([
  65001, // consent missing
  50020, // no account in the tenant
  50105, // not assigned to the app
  53003, // blocked by conditional access
]);

/**
 * Turns an @azure/identity failure into a `@backstage/errors` error that keeps
 * Entra's AADSTS code, its message and the correlation id to quote to support.
 * The original error is not passed as `cause`, since that would repeat it in
 * the message.
 */
function toBackstageError(error: unknown, key: OnBehalfOfKey): Error {
  const message = (error as Error)?.message ?? String(error);
  const entra = /AADSTS(\d+): [^\r\n]*?(?=; caused by|\r|\n|$)/.exec(message);
  const context = `On-behalf-of exchange for scope ${key.scope} in tenant ${key.tenantId} failed`;
  if (!entra) {
    return new ServiceUnavailableError(`${context}: ${message}`);
  }
  const correlation = /Correlation ID: ([0-9a-f-]+)/i.exec(message);
  const text = `${context}: ${entra[0]}${
    correlation ? ` (correlation id ${correlation[1]})` : ''
  }`;
  return NOT_ALLOWED_CODES.has(Number(entra[1]))
    ? new NotAllowedError(text)
    : new AuthenticationError(text);
}

/**
 * Exchanges a validated user token on-behalf-of the user for tokens to Azure
 * (ARM, Azure ML, Graph), in the user's tenant or the tenant of a workspace.
 * Tokens are cached per user, tenant and scope until 5 minutes before they
 * expire, with one exchange in flight per key; when that early refresh fails,
 * the old token is served until it actually expires. Failures are not cached.
 *
 * @public
 */
export class OnBehalfOfExchange {
  readonly #options: OnBehalfOfExchangeOptions;
  readonly #clock: () => number;
  readonly #allowed?: Set<string>;
  readonly #tokens = new Map<string, AccessToken>();
  readonly #inFlight = new Map<string, Promise<AccessToken>>();

  constructor(options: OnBehalfOfExchangeOptions) {
    this.#options = options;
    this.#clock = options.clock ?? Date.now;
    this.#allowed =
      options.allowedTenantIds &&
      new Set(options.allowedTenantIds.map(t => t.toLowerCase()));
  }

  /** The key a call with these arguments caches its token under. */
  keyFor(
    user: ValidatedUserToken,
    scope: string,
    options?: { tenantId?: string },
  ): OnBehalfOfKey {
    return {
      objectId: user.objectId,
      tenantId: options?.tenantId ?? user.tenantId,
      scope,
    };
  }

  /**
   * An access token for `scope` on behalf of the user, in `tenantId` (the
   * user's own tenant by default); from the cache when still fresh.
   */
  async getToken(
    user: ValidatedUserToken,
    scope: string,
    options?: { tenantId?: string },
  ): Promise<AccessToken> {
    const key = this.keyFor(user, scope, options);
    if (this.#allowed && !this.#allowed.has(key.tenantId.toLowerCase())) {
      throw new NotAllowedError(
        `On-behalf-of exchange into tenant ${key.tenantId} is not allowed: it is not in azureMl.tenants`,
      );
    }
    const id = cacheKey(key);
    const cached = this.#tokens.get(id);
    if (
      cached &&
      cached.expiresOnTimestamp - REFRESH_BEFORE_EXPIRY_MS > this.#clock()
    ) {
      return cached;
    }
    let pending = this.#inFlight.get(id);
    if (!pending) {
      pending = this.#exchange(user.token, key).then(
        token => {
          this.#tokens.set(id, token);
          return token;
        },
        error => {
          // A failed refresh keeps serving the old token until it expires.
          const stale = this.#tokens.get(id);
          if (stale && stale.expiresOnTimestamp > this.#clock()) {
            return stale;
          }
          this.#tokens.delete(id);
          throw toBackstageError(error, key);
        },
      );
      const settled = () => this.#inFlight.delete(id);
      pending.then(settled, settled);
      this.#inFlight.set(id, pending);
    }
    return pending;
  }

  /** Forgets the cached token of a key, e.g. after Azure answered 401 to it. */
  invalidate(key: OnBehalfOfKey): void {
    this.#tokens.delete(cacheKey(key));
  }

  async #exchange(userToken: string, key: OnBehalfOfKey): Promise<AccessToken> {
    const { authorityHost, clientId, clientCredential } = this.#options;
    // OnBehalfOfCredential passes every option to MSAL, but its option types
    // omit disableInstanceDiscovery; a variable avoids the excess-property check.
    const options = {
      tenantId: key.tenantId,
      clientId,
      userAssertionToken: userToken,
      authorityHost,
      disableInstanceDiscovery: true,
    };
    const credential =
      'clientSecret' in clientCredential
        ? new OnBehalfOfCredential({
            ...options,
            clientSecret: clientCredential.clientSecret,
          })
        : new OnBehalfOfCredential({
            ...options,
            getAssertion: clientCredential.getAssertion,
          });
    return credential.getToken(key.scope);
  }
}
