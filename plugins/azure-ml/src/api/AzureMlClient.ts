/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  ConfigApi,
  DiscoveryApi,
  FetchApi,
  OAuthApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AZURE_ML_AUTHORIZATION_HEADER,
  parseWorkspaceId,
  type AccessDoctorReport,
  type AzureMlAccessMap,
  type AzureMlAuditEvent,
  type AzureMlAuditFilter,
  type AzureMlAuditVerification,
  type AzureMlCompute,
  type AzureMlDataAsset,
  type AzureMlEndpointTrafficUpdate,
  type AzureMlEnvironment,
  type AzureMlJob,
  type AzureMlJobMetrics,
  type AzureMlLeastPrivilegeReport,
  type AzureMlModelContainer,
  type AzureMlModelVersion,
  type AzureMlModelVersionDetail,
  type AzureMlOnlineEndpoint,
  type AzureMlOnlineEndpointSummary,
  type AzureMlWorkspace,
  type AzureMlWorkspaceAccess,
  type AzureMlWorkspaceList,
  type IdentityContext,
  type Page,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  AzureMlAccessDoctorRequest,
  AzureMlAccessRequest,
  AzureMlApi,
  AzureMlAuditExport,
  AzureMlAuditExportFormat,
  AzureMlAuditListRequest,
  AzureMlJobListRequest,
  AzureMlJobMetricsRequest,
  AzureMlLeastPrivilegeRequest,
  AzureMlPageRequest,
} from './AzureMlApi';

/**
 * What the {@link AzureMlClient} needs from the app.
 *
 * @public
 */
export interface AzureMlClientOptions {
  /** Finds the backend plugin's base URL (`/api/azure-ml`). */
  discoveryApi: DiscoveryApi;
  /** Sends the requests; the app's fetch API adds Backstage's own `Authorization` header. */
  fetchApi: FetchApi;
  /** The Microsoft sign-in (`microsoftAuthApiRef`), asked for the user's token for the portal's API. */
  microsoftAuthApi: Pick<OAuthApi, 'getAccessToken'>;
  /** Reads `azureMl.portalApp.audience` and `azureMl.portalApp.clientId`. */
  configApi: ConfigApi;
}

type QueryValue = string | number | string[] | undefined;

/** How one request is sent. */
interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * Whether to send the user's Entra token; routes that call no Azure API
   * (the audit log) go without, so they work without a Microsoft sign-in.
   */
  userToken?: boolean;
}

/**
 * The {@link AzureMlApi} over the backend plugin's REST API.
 *
 * @remarks
 *
 * Every request that reaches Azure forwards the signed-in user's Microsoft
 * Entra token for the portal's API, asked for with the scope
 * `{audience}/access_as_user`, in the `x-azure-ml-authorization` header; the
 * backend exchanges it on the user's behalf. The audit log's requests carry
 * only Backstage's credentials: reading the log calls no Azure API. The token is asked for on every request (the Microsoft sign-in
 * caches and refreshes it) and the client never keeps or logs it.
 *
 * @public
 */
export class AzureMlClient implements AzureMlApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;
  readonly #microsoftAuthApi: Pick<OAuthApi, 'getAccessToken'>;
  readonly #configApi: ConfigApi;

  constructor(options: AzureMlClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
    this.#microsoftAuthApi = options.microsoftAuthApi;
    this.#configApi = options.configApi;
  }

  async getIdentityContext(): Promise<IdentityContext> {
    return this.#request('GET', ['identity']);
  }

  async listWorkspaces(): Promise<AzureMlWorkspaceList> {
    return this.#request('GET', ['workspaces']);
  }

  async getWorkspace(workspace: WorkspaceRef): Promise<AzureMlWorkspace> {
    return this.#request('GET', workspaceSegments(workspace));
  }

  async listJobs(
    workspace: WorkspaceRef,
    request: AzureMlJobListRequest = {},
  ): Promise<Page<AzureMlJob>> {
    return this.#request('GET', [...workspaceSegments(workspace), 'jobs'], {
      query: {
        status: request.status,
        experimentName: request.experimentName,
        jobType: request.jobType,
        submittedBy: request.submittedBy,
        pageToken: request.pageToken,
      },
    });
  }

  async getJob(workspace: WorkspaceRef, jobName: string): Promise<AzureMlJob> {
    return this.#request('GET', [
      ...workspaceSegments(workspace),
      'jobs',
      jobName,
    ]);
  }

  async cancelJob(
    workspace: WorkspaceRef,
    jobName: string,
  ): Promise<AzureMlJob> {
    return this.#request('POST', [
      ...workspaceSegments(workspace),
      'jobs',
      jobName,
      'cancel',
    ]);
  }

  async getJobMetrics(
    workspace: WorkspaceRef,
    jobName: string,
    request: AzureMlJobMetricsRequest = {},
  ): Promise<AzureMlJobMetrics> {
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'jobs', jobName, 'metrics'],
      { query: { maxPoints: request.maxPoints, keys: request.keys } },
    );
  }

  async listModels(
    workspace: WorkspaceRef,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlModelContainer>> {
    return this.#request('GET', [...workspaceSegments(workspace), 'models'], {
      query: { pageToken: request.pageToken },
    });
  }

  async listModelVersions(
    workspace: WorkspaceRef,
    modelName: string,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlModelVersion>> {
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'models', modelName, 'versions'],
      { query: { pageToken: request.pageToken } },
    );
  }

  async getModelVersion(
    workspace: WorkspaceRef,
    modelName: string,
    version: string,
  ): Promise<AzureMlModelVersionDetail> {
    return this.#request('GET', [
      ...workspaceSegments(workspace),
      'models',
      modelName,
      'versions',
      version,
    ]);
  }

  async listEndpoints(
    workspace: WorkspaceRef,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlOnlineEndpointSummary>> {
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'endpoints'],
      { query: { pageToken: request.pageToken } },
    );
  }

  async getEndpoint(
    workspace: WorkspaceRef,
    endpointName: string,
  ): Promise<AzureMlOnlineEndpoint> {
    return this.#request('GET', [
      ...workspaceSegments(workspace),
      'endpoints',
      endpointName,
    ]);
  }

  async updateEndpointTraffic(
    workspace: WorkspaceRef,
    endpointName: string,
    update: AzureMlEndpointTrafficUpdate,
  ): Promise<AzureMlOnlineEndpoint> {
    return this.#request(
      'PUT',
      [...workspaceSegments(workspace), 'endpoints', endpointName, 'traffic'],
      { body: { traffic: update.traffic } },
    );
  }

  async listDataAssets(
    workspace: WorkspaceRef,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlDataAsset>> {
    return this.#request('GET', [...workspaceSegments(workspace), 'data'], {
      query: { pageToken: request.pageToken },
    });
  }

  async listEnvironments(
    workspace: WorkspaceRef,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlEnvironment>> {
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'environments'],
      { query: { pageToken: request.pageToken } },
    );
  }

  async listComputes(
    workspace: WorkspaceRef,
    request: AzureMlPageRequest = {},
  ): Promise<Page<AzureMlCompute>> {
    return this.#request('GET', [...workspaceSegments(workspace), 'computes'], {
      query: { pageToken: request.pageToken },
    });
  }

  async getAccess(
    workspace: WorkspaceRef,
    request: AzureMlAccessRequest = {},
  ): Promise<AzureMlWorkspaceAccess> {
    return this.#request('GET', [...workspaceSegments(workspace), 'access'], {
      query: { endpointName: request.endpointName },
    });
  }

  async getAccessMap(workspace: WorkspaceRef): Promise<AzureMlAccessMap> {
    return this.#request('GET', [
      ...workspaceSegments(workspace),
      'access-map',
    ]);
  }

  async getAccessDoctorReport(
    request: AzureMlAccessDoctorRequest,
  ): Promise<AccessDoctorReport> {
    const { workspace } = parseWorkspaceId(request.workspaceId);
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'access-doctor'],
      { query: { subject: request.subject, action: request.action } },
    );
  }

  async getLeastPrivilege(
    request: AzureMlLeastPrivilegeRequest,
  ): Promise<AzureMlLeastPrivilegeReport> {
    const { workspace } = parseWorkspaceId(request.workspaceId);
    return this.#request(
      'GET',
      [...workspaceSegments(workspace), 'least-privilege'],
      { query: { from: request.from, to: request.to } },
    );
  }

  async listAuditEvents(
    request: AzureMlAuditListRequest = {},
  ): Promise<Page<AzureMlAuditEvent>> {
    return this.#request('GET', ['audit', 'events'], {
      query: {
        ...auditFilterQuery(request),
        pageToken: request.pageToken,
        limit: request.limit,
      },
      userToken: false,
    });
  }

  async verifyAuditLog(): Promise<AzureMlAuditVerification> {
    return this.#request('GET', ['audit', 'verify'], { userToken: false });
  }

  async exportAuditEvents(
    filter: AzureMlAuditFilter,
    format: AzureMlAuditExportFormat,
  ): Promise<AzureMlAuditExport> {
    const response = await this.#send('GET', ['audit', 'events', 'export'], {
      query: { format, ...auditFilterQuery(filter) },
      userToken: false,
    });
    return {
      fileName:
        attachmentFileName(response.headers.get('content-disposition')) ??
        `azure-ml-audit.${format}`,
      blob: await response.blob(),
    };
  }

  async #request<T>(
    method: 'GET' | 'POST' | 'PUT',
    segments: string[],
    options: RequestOptions = {},
  ): Promise<T> {
    const response = await this.#send(method, segments, options);
    return (await response.json()) as T;
  }

  /** Sends one request; resolves with a successful response, throws `ResponseError` otherwise. */
  async #send(
    method: 'GET' | 'POST' | 'PUT',
    segments: string[],
    options: RequestOptions,
  ): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('azure-ml');
    const path = segments.map(encodeURIComponent).join('/');
    const url = `${baseUrl}/${path}${queryString(options.query)}`;

    const headers: Record<string, string> = {};
    if (options.userToken !== false) {
      const userToken = await this.#microsoftAuthApi.getAccessToken([
        portalApiScope(this.#configApi),
      ]);
      headers[AZURE_ML_AUTHORIZATION_HEADER] = `Bearer ${userToken}`;
    }
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
    }

    const response = await this.#fetchApi.fetch(url, {
      method,
      headers,
      body:
        options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/**
 * The delegated scope of the portal's own API, `{audience}/access_as_user`,
 * that the user's Microsoft Entra token is asked for: the audience is
 * `azureMl.portalApp.audience`, or `api://{azureMl.portalApp.clientId}`.
 * Ask for it when the token is needed rather than once up front: a missing
 * key then fails that call, not the app.
 *
 * @throws when neither key is set, naming them.
 * @internal
 */
export function portalApiScope(
  configApi: Pick<ConfigApi, 'getOptionalString'>,
): string {
  const audience =
    configApi.getOptionalString('azureMl.portalApp.audience') ??
    portalAppIdUri(configApi.getOptionalString('azureMl.portalApp.clientId'));
  return `${audience.replace(/\/+$/, '')}/access_as_user`;
}

function portalAppIdUri(clientId: string | undefined): string {
  if (!clientId) {
    throw new Error(
      'The Azure ML plugin is not configured: set azureMl.portalApp.clientId ' +
        "(the portal app registration's application id) or " +
        'azureMl.portalApp.audience in app-config.yaml.',
    );
  }
  return `api://${clientId}`;
}

/** The audit log's filters as query values; lists are comma-joined. */
function auditFilterQuery(
  filter: AzureMlAuditFilter,
): Record<string, QueryValue> {
  return {
    actor: filter.actor,
    action: filter.action,
    workspaceId: filter.workspaceId,
    targetResourceId: filter.targetResourceId,
    outcome: filter.outcome,
    source: filter.source,
    correlationId: filter.correlationId,
    from: filter.from,
    to: filter.to,
  };
}

/**
 * The file name of a `content-disposition: attachment; filename="…"`
 * header, kept to characters that are safe in a file name everywhere.
 */
function attachmentFileName(header: string | null): string | undefined {
  const name = /filename="([^"]+)"/.exec(header ?? '')?.[1];
  return name && /^[\w.-]+$/.test(name) ? name : undefined;
}

function workspaceSegments(workspace: WorkspaceRef): string[] {
  return [
    'workspaces',
    workspace.subscriptionId,
    workspace.resourceGroup,
    workspace.workspaceName,
  ];
}

/** Encodes each set query value; lists are comma-joined and left out when empty. */
function queryString(query: Record<string, QueryValue> = {}): string {
  const pairs = Object.entries(query).flatMap(([key, value]) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      return [];
    }
    const encoded = Array.isArray(value)
      ? value.map(encodeURIComponent).join(',')
      : encodeURIComponent(String(value));
    return [`${encodeURIComponent(key)}=${encoded}`];
  });
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
