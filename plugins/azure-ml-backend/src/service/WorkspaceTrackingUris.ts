/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { HttpClient } from '@azure/core-rest-pipeline';
import {
  azureClientPipelineOptions,
  type AzureCloudEndpoints,
  type AzureMlServiceIdentityService,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { NotFoundError } from '@backstage/errors';
import { AZURE_ML_API_VERSION } from './AzureMlClients';
import { callAzure } from './callAzure';
import type { WorkspaceSession } from './WorkspaceSession';

/** How long a workspace's tracking URI is kept; it only changes if the workspace moves. */
const TTL_MS = 60 * 60 * 1000;

/**
 * Finds a workspace's MLflow tracking URI, read with the portal's own
 * service identity and cached. The URI is not secret, but reading it needs
 * `workspaces/read`, which AzureML Data Scientist alone does not grant; the
 * user's own token is then used for the tracking data itself, so the data
 * plane still applies the user's access.
 *
 * @internal
 */
export class WorkspaceTrackingUris {
  readonly #serviceIdentity: AzureMlServiceIdentityService;
  readonly #endpoints: AzureCloudEndpoints;
  readonly #httpClient: HttpClient;
  readonly #cache = new Map<string, { uri: string; expiresAt: number }>();

  constructor(options: {
    serviceIdentity: AzureMlServiceIdentityService;
    endpoints: AzureCloudEndpoints;
    httpClient: HttpClient;
  }) {
    this.#serviceIdentity = options.serviceIdentity;
    this.#endpoints = options.endpoints;
    this.#httpClient = options.httpClient;
  }

  /** The tracking URI of the session's workspace. */
  async get(session: WorkspaceSession): Promise<string> {
    const key = session.id.toLowerCase();
    const cached = this.#cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.uri;
    const uri = await this.#read(session);
    this.#cache.set(key, { uri, expiresAt: Date.now() + TTL_MS });
    return uri;
  }

  async #read(session: WorkspaceSession): Promise<string> {
    const { subscriptionId, resourceGroup, workspaceName } = session.workspace;
    const scope = this.#endpoints.resourceManagerScope;
    const client = new AzureMachineLearningWorkspaces(
      this.#serviceIdentity.credentialFor(session.tenantId),
      subscriptionId,
      {
        endpoint: this.#endpoints.resourceManager,
        apiVersion: AZURE_ML_API_VERSION,
        credentialScopes: [scope],
        httpClient: this.#httpClient,
        ...azureClientPipelineOptions(),
      },
    );
    const renew = {
      invalidateToken: () =>
        this.#serviceIdentity.invalidate(session.tenantId, scope),
    };
    const workspace = await callAzure(
      renew,
      `Read workspace ${workspaceName} as the portal's service identity (${this.#serviceIdentity.modeFor(
        session.tenantId,
      )})`,
      () => client.workspaces.get(resourceGroup, workspaceName),
    );
    if (!workspace.mlFlowTrackingUri) {
      throw new NotFoundError(
        `Workspace ${workspaceName} has no MLflow tracking URI, so its metrics cannot be read`,
      );
    }
    return workspace.mlFlowTrackingUri;
  }
}
