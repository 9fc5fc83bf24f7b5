/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

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
    /**
     * The audit ledger of the backend plugin: one hash-chained log of every
     * model and pipeline action. The backend plugin refuses to start without
     * `secret`.
     */
    audit?: {
      /**
       * The HMAC-SHA-256 key of the ledger's hash chain: a random value of at
       * least 32 characters (in production from AZURE_ML_AUDIT_SECRET). The
       * chain verifies only with the key it was written with.
       * @visibility secret
       */
      secret: string;
      /** How long events are kept; forever when not set. */
      retention?: {
        /**
         * Days to keep events: once a day, older events are pruned, leaving
         * a signed checkpoint so the rest of the chain still verifies.
         * @visibility backend
         */
        days?: number;
      };
      /** The import of the Azure Activity Log of the configured subscriptions. */
      activityLog?: {
        /**
         * How often the import runs, as a Backstage scheduler schedule;
         * every 15 minutes (10 minute timeout), first 30 seconds after start,
         * by default.
         * @visibility backend
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * How many days back the first import of a subscription reads, 1 to
         * 89 (Azure keeps 90 days); 7 by default.
         * @visibility backend
         */
        lookbackDays?: number;
        /**
         * How many minutes before the end of the last import each import
         * starts reading again, 1 to 1440, as Azure publishes events minutes
         * late; re-read events are not added twice. 30 by default.
         * @visibility backend
         */
        overlapMinutes?: number;
      };
    };
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
