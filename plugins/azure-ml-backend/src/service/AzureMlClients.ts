/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/core-auth';
import {
  createDefaultHttpClient,
  type HttpClient,
} from '@azure/core-rest-pipeline';
import {
  azureClientPipelineOptions,
  type AzureCloudEndpoints,
  LruCache,
  type AzureHttpResilienceOptions,
  type OnBehalfOfExchange,
  type ValidatedUserToken,
  AZURE_ML_API_VERSION,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { OnBehalfOfTokenCredential } from './OnBehalfOfTokenCredential';

// Re-exported: the backend plugin has always exported it.
export { AZURE_ML_API_VERSION };

/**
 * A credential that can forget its cached token, for example after Azure
 * answered 401 to it.
 *
 * @public
 */
export type RenewableCredential = TokenCredential & {
  /** Forgets the cached token. */
  invalidateToken(): void;
};

/**
 * An Azure ML management client acting as one user, and the credential it
 * uses.
 *
 * @public
 */
export type DelegatedAzureMlClient = {
  /** The `@azure/arm-machinelearning` client for one subscription. */
  client: AzureMachineLearningWorkspaces;
  /**
   * The `@azure/arm-authorization` client for the same subscription, with
   * the same credential: for the user's effective permissions.
   */
  authorization: AuthorizationManagementClient;
  /** Forgets the user's cached ARM token, for example after Azure answered 401. */
  invalidateToken(): void;
  /** The user's credential for the Azure ML data plane (MLflow), in the same tenant. */
  machineLearning: RenewableCredential;
};

/**
 * Builds `@azure/arm-machinelearning` and `@azure/arm-authorization`
 * clients per request that call Azure Resource Manager as the signed-in
 * user: their token is exchanged on-behalf-of for an ARM token of the
 * workspace's tenant. Every client shares one connection pool and the
 * bounded retry, `Retry-After` and timeout policies of
 * `azureClientPipelineOptions`.
 *
 * @public
 */
export class AzureMlClients {
  readonly #exchange: OnBehalfOfExchange;
  readonly #endpoints: AzureCloudEndpoints;
  readonly #resilience?: AzureHttpResilienceOptions;
  /** One connection pool (keep-alive) for every user's clients. */
  readonly httpClient: HttpClient = createDefaultHttpClient();
  /** Clients by user token, subscription and tenant, reused across requests. */
  readonly #clients = new LruCache<string, DelegatedAzureMlClient>(2_000);

  constructor(options: {
    /** Exchanges the user's portal token for ARM tokens. */
    exchange: OnBehalfOfExchange;
    /** The endpoints of the configured cloud. */
    endpoints: AzureCloudEndpoints;
    /** Retries, `Retry-After` budget and per-try timeout; the defaults otherwise. */
    resilience?: AzureHttpResilienceOptions;
  }) {
    this.#exchange = options.exchange;
    this.#endpoints = options.endpoints;
    this.#resilience = options.resilience;
  }

  /**
   * A client for one subscription acting as `user`.
   *
   * @param user - The validated user token.
   * @param subscriptionId - The subscription that holds the workspace.
   * @param tenantId - The tenant of the subscription; the exchange goes there.
   */
  forUser(
    user: ValidatedUserToken,
    subscriptionId: string,
    tenantId: string,
  ): DelegatedAzureMlClient {
    // Keyed by the whole user token: a new sign-in gets a client whose
    // exchanges carry the new token as their assertion.
    const key = `${subscriptionId}|${tenantId}|${user.token}`;
    const cached = this.#clients.get(key);
    if (cached) return cached;
    const created = this.#create(user, subscriptionId, tenantId);
    this.#clients.set(key, created);
    return created;
  }

  /**
   * A Microsoft.Authorization client for one subscription acting as the
   * portal itself (`credential`, from the service identity): for reads no
   * user is needed for, such as role definitions.
   */
  authorizationAs(
    credential: TokenCredential,
    subscriptionId: string,
  ): AuthorizationManagementClient {
    return new AuthorizationManagementClient(credential, subscriptionId, {
      endpoint: this.#endpoints.resourceManager,
      credentialScopes: [this.#endpoints.resourceManagerScope],
      httpClient: this.httpClient,
      ...azureClientPipelineOptions(this.#resilience),
    });
  }

  #create(
    user: ValidatedUserToken,
    subscriptionId: string,
    tenantId: string,
  ): DelegatedAzureMlClient {
    const scope = this.#endpoints.resourceManagerScope;
    const credential = this.#credential(user, scope, tenantId);
    const options = {
      endpoint: this.#endpoints.resourceManager,
      credentialScopes: [scope],
      httpClient: this.httpClient,
      ...azureClientPipelineOptions(this.#resilience),
    };
    const client = new AzureMachineLearningWorkspaces(
      credential,
      subscriptionId,
      { ...options, apiVersion: AZURE_ML_API_VERSION },
    );
    return {
      client,
      authorization: new AuthorizationManagementClient(
        credential,
        subscriptionId,
        options,
      ),
      invalidateToken: () => credential.invalidateToken(),
      machineLearning: this.#credential(
        user,
        this.#endpoints.machineLearningScope,
        tenantId,
      ),
    };
  }

  #credential(
    user: ValidatedUserToken,
    scope: string,
    tenantId: string,
  ): RenewableCredential {
    const credential = new OnBehalfOfTokenCredential({
      exchange: this.#exchange,
      user,
      scope,
      tenantId,
    });
    return {
      getToken: () => credential.getToken(),
      invalidateToken: () => credential.invalidate(),
    };
  }
}
