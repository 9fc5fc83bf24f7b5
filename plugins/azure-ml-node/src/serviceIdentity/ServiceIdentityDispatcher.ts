/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { NotAllowedError, NotImplementedError } from '@backstage/errors';
import { decodeJwt } from 'jose';
import {
  readAzureMlConfig,
  type AzureMlConfig,
  type AzureMlServiceIdentityConfig,
} from '../config';
import { assertNewStrategyMode } from './assertNewStrategyMode';
import { buildDefaultServiceIdentityStrategies } from './buildDefaultServiceIdentityStrategies';
import { toServiceIdentityError } from './toServiceIdentityError';
import type {
  AzureMlServiceIdentityService,
  ServiceIdentityStrategy,
} from './types';

/** Cached tokens are replaced this long before they expire. */
const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

/**
 * Options of {@link ServiceIdentityDispatcher}.
 *
 * @public
 */
export type ServiceIdentityDispatcherOptions = {
  /** The typed `azureMl` configuration: cloud, tenants and service identity. */
  azureMl: Pick<AzureMlConfig, 'cloud' | 'tenants' | 'serviceIdentity'>;
  /** The logger of the plugin the dispatcher serves. */
  logger: LoggerService;
  /**
   * The strategies by mode.
   * @defaultValue {@link buildDefaultServiceIdentityStrategies}
   */
  strategies?: ReadonlyMap<string, ServiceIdentityStrategy>;
  /** Current time in milliseconds; `Date.now` unless replaced (tests). */
  clock?: () => number;
};

/** One configured tenant and the identity the portal acts as in it. */
type TenantIdentity = {
  tenantId: string;
  identity: AzureMlServiceIdentityConfig;
  /** Where the identity is configured, for messages. */
  source: string;
};

const scopesOf = (scope: string | string[]) =>
  Array.isArray(scope) ? scope : [scope];

const cacheKey = (tenantId: string, scopes: string[]) =>
  `${tenantId.toLowerCase()}\n${scopes.join(' ').toLowerCase()}`;

/**
 * The portal's own identity in each tenant of `azureMl.tenants`: picks the
 * tenant's `serviceIdentity`, or else `azureMl.serviceIdentity`, and the
 * strategy of its `mode`, which builds one credential per tenant. Tokens are
 * cached per tenant and scope until 5 minutes before they expire, with one
 * request in flight per key; when that early refresh fails, the old token is
 * served until it actually expires. Failures are not cached. A tenant outside
 * `azureMl.tenants` is refused, and so is a token issued by another tenant
 * than the one asked for.
 *
 * @public
 */
export class ServiceIdentityDispatcher
  implements AzureMlServiceIdentityService
{
  readonly #options: ServiceIdentityDispatcherOptions;
  readonly #clock: () => number;
  readonly #strategies: Map<string, ServiceIdentityStrategy>;
  readonly #tenants = new Map<string, TenantIdentity>();
  readonly #credentials = new Map<string, TokenCredential>();
  readonly #tokens = new Map<string, AccessToken>();
  readonly #inFlight = new Map<string, Promise<AccessToken>>();

  /** Builds a dispatcher from the root config, read by {@link readAzureMlConfig}. */
  static fromConfig(
    config: Config,
    options: Omit<ServiceIdentityDispatcherOptions, 'azureMl'>,
  ): ServiceIdentityDispatcher {
    return new ServiceIdentityDispatcher({
      ...options,
      azureMl: readAzureMlConfig(config),
    });
  }

  constructor(options: ServiceIdentityDispatcherOptions) {
    this.#options = options;
    this.#clock = options.clock ?? Date.now;
    this.#strategies = new Map(
      options.strategies ?? buildDefaultServiceIdentityStrategies(),
    );
    options.azureMl.tenants.forEach((tenant, index) => {
      this.#tenants.set(tenant.tenantId.toLowerCase(), {
        tenantId: tenant.tenantId,
        identity: tenant.serviceIdentity ?? options.azureMl.serviceIdentity,
        source: tenant.serviceIdentity
          ? `azureMl.tenants[${index}].serviceIdentity`
          : 'azureMl.serviceIdentity',
      });
    });
  }

  modeFor(tenantId: string): string {
    return this.#tenant(tenantId).identity.mode;
  }

  addStrategy(mode: string, strategy: ServiceIdentityStrategy): void {
    assertNewStrategyMode(mode, this.#strategies.keys());
    this.#strategies.set(mode, strategy);
  }

  validate(): Error[] {
    const errors: Error[] = [];
    const seen = new Set<string>();
    for (const entry of this.#tenants.values()) {
      if (seen.has(entry.source)) continue;
      seen.add(entry.source);
      const strategy = this.#strategies.get(entry.identity.mode);
      if (!strategy) {
        errors.push(this.#unknownMode(entry));
        continue;
      }
      for (const problem of strategy.validate?.(entry.identity) ?? []) {
        errors.push(
          new Error(`Invalid config at ${entry.source}: ${problem.message}`),
        );
      }
    }
    return errors;
  }

  async getToken(
    tenantId: string,
    scope: string | string[],
  ): Promise<AccessToken> {
    const entry = this.#tenant(tenantId);
    const strategy = this.#strategies.get(entry.identity.mode);
    if (!strategy) {
      throw this.#unknownMode(entry);
    }
    const scopes = scopesOf(scope);
    const id = cacheKey(entry.tenantId, scopes);
    const cached = this.#tokens.get(id);
    if (
      cached &&
      cached.expiresOnTimestamp - REFRESH_BEFORE_EXPIRY_MS > this.#clock()
    ) {
      return cached;
    }
    let pending = this.#inFlight.get(id);
    if (!pending) {
      pending = this.#request(strategy, entry, scopes).then(
        token => {
          this.#tokens.set(id, token);
          return token;
        },
        error => {
          // A failed refresh keeps serving the old token until it expires.
          const stale = this.#tokens.get(id);
          if (stale && stale.expiresOnTimestamp > this.#clock()) {
            this.#options.logger.warn(
              `Refreshing the service identity token for tenant ${
                entry.tenantId
              } failed; the cached one serves until it expires at ${new Date(
                stale.expiresOnTimestamp,
              ).toISOString()}. ${error.message}`,
            );
            return stale;
          }
          this.#tokens.delete(id);
          throw error;
        },
      );
      const settled = () => this.#inFlight.delete(id);
      pending.then(settled, settled);
      this.#inFlight.set(id, pending);
    }
    return pending;
  }

  credentialFor(tenantId: string): TokenCredential {
    const { tenantId: configured } = this.#tenant(tenantId);
    return {
      getToken: (scopes, options) =>
        this.getToken(options?.tenantId ?? configured, scopes),
    };
  }

  /**
   * Forgets the cached token and the tenant's credential (with the token
   * cache MSAL keeps inside it), so the next call gets a token Entra issues
   * anew. Managed identity tokens are an exception: MSAL caches them for the
   * whole process.
   */
  invalidate(tenantId: string, scope: string | string[]): void {
    this.#tokens.delete(cacheKey(tenantId, scopesOf(scope)));
    this.#credentials.delete(tenantId.toLowerCase());
  }

  #tenant(tenantId: string): TenantIdentity {
    const entry = this.#tenants.get(tenantId.toLowerCase());
    if (!entry) {
      throw new NotAllowedError(
        `The portal's service identity does not act in tenant ${tenantId}: it is not in azureMl.tenants`,
      );
    }
    return entry;
  }

  #unknownMode(entry: TenantIdentity): Error {
    return new NotImplementedError(
      `No service identity strategy serves mode '${entry.identity.mode}' (${
        entry.source
      }.mode); the modes served are ${[...this.#strategies.keys()].join(
        ', ',
      )}. Add a strategy through azureMlServiceIdentityStrategiesExtensionPoint, or choose one of these modes.`,
    );
  }

  async #request(
    strategy: ServiceIdentityStrategy,
    entry: TenantIdentity,
    scopes: string[],
  ): Promise<AccessToken> {
    const { tenantId, identity, source } = entry;
    const context = {
      source,
      mode: identity.mode,
      tenantId,
      scope: scopes.join(' '),
    };
    let token: AccessToken | null;
    try {
      token = await this.#credential(strategy, entry).getToken(scopes);
    } catch (error) {
      throw toServiceIdentityError(error, context);
    }
    if (!token) {
      throw toServiceIdentityError(
        new Error('the credential returned no token'),
        context,
      );
    }
    let issuedIn: unknown;
    try {
      issuedIn = decodeJwt(token.token).tid;
    } catch {
      // Not a JWT: nothing to compare.
    }
    if (
      typeof issuedIn === 'string' &&
      issuedIn.toLowerCase() !== tenantId.toLowerCase()
    ) {
      throw new NotAllowedError(
        `Service identity ${source} (mode '${
          identity.mode
        }') got a token of tenant ${issuedIn} when tenant ${tenantId} was asked for: ${
          identity.mode === 'managed-identity'
            ? 'a managed identity acts only in its own tenant'
            : 'that identity does not act in the tenant asked for'
        }. Give tenant ${tenantId} its own serviceIdentity in azureMl.tenants.`,
      );
    }
    return token;
  }

  /** The tenant's credential, built by its strategy on first use. */
  #credential(
    strategy: ServiceIdentityStrategy,
    entry: TenantIdentity,
  ): TokenCredential {
    const key = entry.tenantId.toLowerCase();
    let credential = this.#credentials.get(key);
    if (!credential) {
      credential = strategy.getCredential(entry.identity, entry.tenantId, {
        cloud: this.#options.azureMl.cloud,
        logger: this.#options.logger,
      });
      this.#credentials.set(key, credential);
    }
    return credential;
  }
}
