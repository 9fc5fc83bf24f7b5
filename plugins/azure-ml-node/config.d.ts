/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export interface Config {
  /** Configuration of the Azure Machine Learning plugins. */
  azureMl?: {
    /**
     * The Azure cloud: AzurePublicCloud (default), AzureChinaCloud,
     * AzureUSGovernment, or custom with `endpoints`.
     * @visibility backend
     */
    cloud?:
      | 'AzurePublicCloud'
      | 'AzureChinaCloud'
      | 'AzureUSGovernment'
      | 'custom';
    /** Endpoints of a custom cloud; read only when `cloud` is `custom`. */
    endpoints?: {
      /**
       * Entra ID authority host (https).
       * @visibility backend
       */
      authorityHost: string;
      /**
       * Azure Resource Manager endpoint (https).
       * @visibility backend
       */
      resourceManager: string;
      /**
       * Scope of ARM tokens; defaults to the public cloud's.
       * @visibility backend
       */
      resourceManagerScope?: string;
      /**
       * Microsoft Graph endpoint (https).
       * @visibility backend
       */
      graph: string;
      /**
       * Scope of Graph tokens; defaults to the public cloud's.
       * @visibility backend
       */
      graphScope?: string;
      /**
       * Scope of Azure ML data-plane tokens; defaults to the public cloud's.
       * @visibility backend
       */
      machineLearningScope?: string;
      /**
       * Host of the Azure ML data plane (MLflow tracking) that workspaces'
       * tracking URIs must name, or a subdomain of; defaults to the host of
       * resourceManager.
       * @visibility backend
       */
      machineLearningDataPlaneHost?: string;
      /**
       * Azure portal URL; defaults to the public cloud's.
       * @visibility frontend
       */
      portal?: string;
      /**
       * Azure Machine Learning studio URL; defaults to the public cloud's.
       * @visibility frontend
       */
      machineLearningStudio?: string;
    };
    /**
     * Checks every response of the backend plugin's API against its OpenAPI
     * spec and answers 500 on a mismatch: for tests and development, as it
     * costs time on every request. Off by default.
     * @visibility backend
     */
    validateResponses?: boolean;
    /** The portal's own app registration. */
    portalApp: {
      /**
       * Application (client) id of the portal's app registration.
       * @visibility frontend
       */
      clientId: string;
      /**
       * Application ID URI of its API; defaults to api://{clientId}.
       * @visibility frontend
       */
      audience?: string;
      /**
       * How the portal app proves itself in on-behalf-of exchanges (required
       * by the backend plugin). The mode is explicit, never inferred.
       */
      credential?: {
        /**
         * `workload-identity` (a federated token file, preferred) or
         * `client-secret` (a stored secret, the last resort).
         * @visibility backend
         */
        mode: 'workload-identity' | 'client-secret';
        /**
         * Path of the federated token file (workload-identity).
         * @visibility backend
         */
        tokenFilePath?: string;
        /**
         * The client secret (client-secret).
         * @visibility secret
         */
        clientSecret?: string;
      };
    };
    /** The tenants users may come from and workspaces may live in. */
    tenants: Array<{
      /**
       * Entra tenant id (a GUID).
       * @visibility backend
       */
      tenantId: string;
      /**
       * Subscription ids (GUIDs) of this tenant whose Azure ML workspaces the
       * portal shows; calls for them are exchanged in this tenant.
       * @visibility backend
       */
      subscriptions?: string[];
      /**
       * How the portal acts as itself in this tenant, with the same keys as
       * azureMl.serviceIdentity; that block is used when this is not set.
       */
      serviceIdentity?: {
        /**
         * The identity mode; never inferred from which other keys are present.
         * @visibility backend
         */
        mode:
          | 'workload-identity'
          | 'managed-identity'
          | 'client-assertion'
          | 'client-secret';
        /**
         * Client id of the app registration or user-assigned managed identity.
         * @visibility backend
         */
        clientId?: string;
        /**
         * Tenant of the app registration.
         * @visibility backend
         */
        tenantId?: string;
        /**
         * File holding the federated token or client assertion.
         * @visibility backend
         */
        tokenFilePath?: string;
        /**
         * Client secret (client-secret mode only): the last resort.
         * @visibility secret
         */
        clientSecret?: string;
      };
    }>;
    /** How the portal authenticates as itself when no user is present. */
    serviceIdentity: {
      /**
       * The identity mode; never inferred from which other keys are present.
       * @visibility backend
       */
      mode:
        | 'workload-identity'
        | 'managed-identity'
        | 'client-assertion'
        | 'client-secret';
      /**
       * Client id of the app registration or user-assigned managed identity.
       * @visibility backend
       */
      clientId?: string;
      /**
       * Tenant of the app registration (workload-identity, client-assertion, client-secret).
       * @visibility backend
       */
      tenantId?: string;
      /**
       * File holding the federated token or client assertion (workload-identity, client-assertion).
       * @visibility backend
       */
      tokenFilePath?: string;
      /**
       * Client secret (client-secret mode only): the last resort.
       * @visibility secret
       */
      clientSecret?: string;
    };
  };
}
