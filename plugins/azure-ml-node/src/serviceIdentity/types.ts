/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  AzureMlCloudConfig,
  AzureMlServiceIdentityConfig,
} from '../config';

/**
 * What a {@link ServiceIdentityStrategy} is given besides the identity it
 * builds a credential for.
 *
 * @public
 */
export type ServiceIdentityStrategyContext = {
  /** The cloud the credential signs in to (its `authorityHost`). */
  cloud: AzureMlCloudConfig;
  /** The logger of the plugin the credential serves. */
  logger: LoggerService;
};

/**
 * One way the portal authenticates as itself when no user is present (for
 * catalog ingestion and imports), selected by the `mode` of an
 * `azureMl.serviceIdentity` block. The defaults are built by
 * {@link buildDefaultServiceIdentityStrategies}; others are added through
 * {@link azureMlServiceIdentityStrategiesExtensionPoint}.
 *
 * @public
 */
export interface ServiceIdentityStrategy {
  /**
   * A credential that gets tokens as `identity` in `tenantId`, the tenant
   * being called. Called once per tenant: the caller caches the credential
   * and its tokens.
   */
  getCredential(
    identity: AzureMlServiceIdentityConfig,
    tenantId: string,
    ctx: ServiceIdentityStrategyContext,
  ): TokenCredential;
  /**
   * Problems with `identity` that can be seen before any token is requested,
   * such as a token file that does not exist; none when omitted.
   */
  validate?(identity: AzureMlServiceIdentityConfig): Error[];
}

/**
 * The portal's own identity in each configured tenant, shared by the backend
 * plugin and the catalog and scaffolder modules through
 * {@link azureMlServiceIdentityServiceRef}.
 *
 * @public
 */
export interface AzureMlServiceIdentityService {
  /**
   * An access token for `scope` as the portal itself in `tenantId`, one of
   * `azureMl.tenants`; from the cache until 5 minutes before it expires.
   */
  getToken(tenantId: string, scope: string | string[]): Promise<AccessToken>;
  /**
   * A `TokenCredential` for Azure SDK clients (such as
   * `@azure/arm-machinelearning`) that gets its tokens from
   * {@link AzureMlServiceIdentityService.getToken} in `tenantId`.
   */
  credentialFor(tenantId: string): TokenCredential;
  /** Forgets a cached token, e.g. after Azure answered 401 to it. */
  invalidate(tenantId: string, scope: string | string[]): void;
  /**
   * The mode that serves `tenantId`, for example `workload-identity`: the
   * tenant's own `serviceIdentity`, or else `azureMl.serviceIdentity`.
   */
  modeFor(tenantId: string): string;
  /** Problems with the configured identities, one error per problem. */
  validate(): Error[];
  /**
   * Adds a strategy for a mode no strategy serves yet; the mode must be
   * kebab-case.
   */
  addStrategy(mode: string, strategy: ServiceIdentityStrategy): void;
}
