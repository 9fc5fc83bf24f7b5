/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import {
  createDefaultHttpClient,
  type HttpClient,
} from '@azure/core-rest-pipeline';
import {
  AZURE_ML_API_VERSION,
  AzureRetryableError,
  OnBehalfOfTokenCredential,
  azureClientPipelineOptions,
  callAzure,
  type AzureCloudEndpoints,
  type AzureHttpResilienceOptions,
  type OnBehalfOfExchange,
  type ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';

/** The Azure SDK clients of one user in one subscription. */
export type UserAzureSdk = {
  ml: AzureMachineLearningWorkspaces;
  msi: ManagedServiceIdentityClient;
  /** The ARM endpoint the clients call, e.g. `https://management.azure.com`. */
  resourceManager: string;
};

/**
 * One user's Azure clients for one subscription, acting in its tenant.
 *
 * @internal
 */
export type UserAzure = {
  subscriptionId: string;
  tenantId: string;
  /**
   * Runs one Azure call as the user; Azure's failure becomes a
   * `@backstage/errors` error that names the RBAC action and scope of a
   * refusal, and a 401 renews the token once (see `callAzure`).
   *
   * @param what - The operation in words, e.g. `Submit job sharp_lamp_1`.
   */
  call<T>(what: string, fn: (sdk: UserAzureSdk) => Promise<T>): Promise<T>;
};

/**
 * Builds `@azure/arm-machinelearning` and `@azure/arm-msi` clients that call
 * Azure Resource Manager as one user: their portal token is exchanged
 * on-behalf-of for an ARM token of the subscription's tenant. All clients
 * share one connection pool and the bounded retry, `Retry-After` and timeout
 * policies of `azureClientPipelineOptions`.
 *
 * @internal
 */
export class UserAzureClients {
  readonly #exchange: OnBehalfOfExchange;
  readonly #endpoints: AzureCloudEndpoints;
  readonly #resilience?: AzureHttpResilienceOptions;
  readonly #httpClient: HttpClient = createDefaultHttpClient();

  constructor(options: {
    exchange: OnBehalfOfExchange;
    endpoints: AzureCloudEndpoints;
    resilience?: AzureHttpResilienceOptions;
  }) {
    this.#exchange = options.exchange;
    this.#endpoints = options.endpoints;
    this.#resilience = options.resilience;
  }

  /** The user's clients for one subscription, in `tenantId`. */
  forUser(
    user: ValidatedUserToken,
    subscriptionId: string,
    tenantId: string,
  ): UserAzure {
    const scope = this.#endpoints.resourceManagerScope;
    const credential = new OnBehalfOfTokenCredential({
      exchange: this.#exchange,
      user,
      scope,
      tenantId,
    });
    const options = {
      endpoint: this.#endpoints.resourceManager,
      credentialScopes: [scope],
      httpClient: this.#httpClient,
      ...azureClientPipelineOptions(this.#resilience),
    };
    const sdk: UserAzureSdk = {
      ml: new AzureMachineLearningWorkspaces(credential, subscriptionId, {
        ...options,
        apiVersion: AZURE_ML_API_VERSION,
      }),
      msi: new ManagedServiceIdentityClient(
        credential,
        subscriptionId,
        options,
      ),
      resourceManager: this.#endpoints.resourceManager,
    };
    const renewable = { invalidateToken: () => credential.invalidate() };
    return {
      subscriptionId,
      tenantId,
      call: async (what, fn) => {
        try {
          return await callAzure(renewable, what, () => fn(sdk));
        } catch (error) {
          // Azure's own errors name the operation already; a call that
          // failed after its retries does not.
          if (error instanceof AzureRetryableError) {
            error.message = `${what} failed: ${error.message}`;
          }
          throw error;
        }
      },
    };
  }
}
