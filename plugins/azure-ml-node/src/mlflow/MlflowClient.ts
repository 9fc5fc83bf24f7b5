/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenCredential } from '@azure/core-auth';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type {
  MetricPoint,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import type { AzureCloudEndpoints } from '../clouds';
import {
  azureCorrelationOf,
  createAzurePipeline,
  withAzureCorrelation,
  type AzureCorrelation,
  type AzureHttpResilienceOptions,
  type AzureResult,
} from '../http';
import { mlflowErrorOf } from './mlflowErrorOf';
import {
  readMetricHistoryPage,
  readRunResponse,
  readRunsPage,
} from './mlflowResponses';
import { MlflowResponseShapeError } from './MlflowResponseShapeError';
import {
  parseMlflowTrackingUri,
  type MlflowTrackingTarget,
} from './parseMlflowTrackingUri';
import type {
  MlflowMetricHistory,
  MlflowRun,
  MlflowRunPage,
  MlflowRunSearch,
} from './types';

/**
 * How to reach one workspace's MLflow tracking server.
 *
 * @public
 */
export type MlflowClientOptions = {
  /** The workspace's `mlFlowTrackingUri`, as ARM returns it. */
  trackingUri: string;
  /** The workspace the caller means to read; the URI must name it. */
  workspace: WorkspaceRef;
  /** The cloud's endpoints: the data-plane host the URI must name, and the token scope. */
  endpoints: Pick<
    AzureCloudEndpoints,
    'machineLearningDataPlaneHost' | 'machineLearningScope'
  >;
  /** Whose tokens to send, e.g. the signed-in user's on-behalf-of credential. */
  credential: TokenCredential;
  /** Retries, `Retry-After` budget and per-try timeout. */
  resilience?: AzureHttpResilienceOptions;
  /**
   * Points per `metrics/get-history` page.
   * @defaultValue 25000 (MLflow's maximum)
   */
  historyPageSize?: number;
  /**
   * Pages of one metric history read at most.
   * @defaultValue 40
   */
  maxHistoryPages?: number;
  /** For tests: the HTTP client. */
  httpClient?: HttpClient;
};

/**
 * A typed client of the MLflow REST API (2.0) of one Azure ML workspace, the
 * tracking server behind the workspace's `mlFlowTrackingUri`. In Azure ML a
 * run is a job: its run id is the job name.
 *
 * @remarks
 *
 * The tracking URI is checked before any request (see
 * {@link parseMlflowTrackingUri}). Calls carry a bearer token for the cloud's
 * `machineLearningScope` and go through {@link createAzurePipeline}'s
 * policies: bounded `Retry-After` waits, a per-try timeout and
 * `x-ms-client-request-id`. Errors are `@backstage/errors` types with MLflow's
 * code and the correlation ids: `NotFoundError`, `AuthenticationError`,
 * `NotAllowedError`, `InputError`, and `AzureRetryableError` for throttling,
 * server errors and timeouts.
 *
 * @public
 */
export class MlflowClient {
  /** Where the client sends its requests. */
  readonly target: MlflowTrackingTarget;
  private readonly pipeline: Pipeline;
  private readonly httpClient: HttpClient;
  private readonly historyPageSize: number;
  private readonly maxHistoryPages: number;

  /** @throws `InputError` when the tracking URI is not the workspace's on the cloud's data-plane host. */
  constructor(options: MlflowClientOptions) {
    this.target = parseMlflowTrackingUri(options.trackingUri, {
      workspace: options.workspace,
      dataPlaneHost: options.endpoints.machineLearningDataPlaneHost,
    });
    this.historyPageSize = positiveInteger(
      'historyPageSize',
      options.historyPageSize ?? 25_000,
    );
    this.maxHistoryPages = positiveInteger(
      'maxHistoryPages',
      options.maxHistoryPages ?? 40,
    );
    this.pipeline = createAzurePipeline({
      credential: options.credential,
      scopes: options.endpoints.machineLearningScope,
      resilience: options.resilience,
    });
    this.httpClient = options.httpClient ?? createDefaultHttpClient();
  }

  /**
   * One run (`runs/get`) with its latest metrics, params and tags.
   *
   * @param runId - The run id: in Azure ML, the job name.
   */
  async getRun(runId: string): Promise<MlflowRun & AzureResult> {
    const what = `Reading run '${runId}' of workspace '${this.workspaceName}'`;
    const { body, correlation } = await this.call(what, 'GET', 'runs/get', {
      run_id: requireText('runId', runId),
    });
    return { ...readRunResponse(what, body), correlation };
  }

  /** One page of the runs of some experiments (`runs/search`). */
  async searchRuns(
    search: MlflowRunSearch,
  ): Promise<MlflowRunPage & AzureResult> {
    if (!search.experimentIds.length) {
      throw new InputError('Searching runs needs at least one experiment id.');
    }
    const what = `Searching runs of workspace '${this.workspaceName}'`;
    const { body, correlation } = await this.call(
      what,
      'POST',
      'runs/search',
      undefined,
      {
        experiment_ids: search.experimentIds,
        ...(search.filter && { filter: search.filter }),
        ...(search.orderBy && { order_by: search.orderBy }),
        ...(search.maxResults && { max_results: search.maxResults }),
        ...(search.pageToken && { page_token: search.pageToken }),
        run_view_type: search.runViewType ?? 'ACTIVE_ONLY',
      },
    );
    return { ...readRunsPage(what, body), correlation };
  }

  /**
   * Every logged value of one metric of a run (`metrics/get-history`),
   * following `next_page_token` until the history ends or `maxHistoryPages`
   * pages were read (then `truncated` is true).
   *
   * @param runId - The run id: in Azure ML, the job name.
   * @param metricKey - The metric, e.g. `loss`.
   */
  async getMetricHistory(
    runId: string,
    metricKey: string,
  ): Promise<MlflowMetricHistory & AzureResult> {
    const what = `Reading the history of metric '${metricKey}' of run '${runId}' in workspace '${this.workspaceName}'`;
    const points: MetricPoint[] = [];
    let pageToken: string | undefined;
    let correlation: AzureCorrelation = {};
    for (let pages = 1; ; pages++) {
      const page = await this.call(what, 'GET', 'metrics/get-history', {
        run_id: requireText('runId', runId),
        metric_key: requireText('metricKey', metricKey),
        max_results: String(this.historyPageSize),
        ...(pageToken && { page_token: pageToken }),
      });
      correlation = page.correlation;
      const read = readMetricHistoryPage(what, page.body);
      points.push(...read.points);
      if (!read.nextPageToken) {
        return { key: metricKey, points, pages, truncated: false, correlation };
      }
      if (read.nextPageToken === pageToken) {
        throw new MlflowResponseShapeError(
          what,
          'next_page_token',
          'a new token (the server repeated the previous one)',
        );
      }
      if (pages >= this.maxHistoryPages) {
        return { key: metricKey, points, pages, truncated: true, correlation };
      }
      pageToken = read.nextPageToken;
    }
  }

  /**
   * The names of the metrics a run logged, from its latest metrics
   * (`data.metrics` of `runs/get`), in MLflow's order without repeats.
   *
   * @param runId - The run id: in Azure ML, the job name.
   */
  async listRunMetricKeys(runId: string): Promise<string[]> {
    const run = await this.getRun(runId);
    return [...new Set(run.data.metrics.map(m => m.key))];
  }

  private get workspaceName(): string {
    return this.target.workspace.workspaceName;
  }

  private async call(
    what: string,
    method: 'GET' | 'POST',
    path: string,
    query?: Record<string, string>,
    body?: unknown,
  ): Promise<{ body: unknown; correlation: AzureCorrelation }> {
    const url = new URL(`${this.target.apiBaseUrl}/${path}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      url.searchParams.set(key, value);
    }
    const request = createPipelineRequest({
      url: url.toString(),
      method,
      headers: createHttpHeaders({
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      }),
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const response: PipelineResponse = await this.pipeline.sendRequest(
      this.httpClient,
      request,
    );
    if (response.status < 200 || response.status >= 300) {
      throw mlflowErrorOf(response, what);
    }
    const correlation = azureCorrelationOf(response);
    try {
      return { body: JSON.parse(response.bodyAsText ?? ''), correlation };
    } catch {
      throw withAzureCorrelation(
        new MlflowResponseShapeError(what, 'the body', 'JSON'),
        correlation,
      );
    }
  }
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(
      `MLflow client option ${name} must be a whole number of 1 or more, got ${value}`,
    );
  }
  return value;
}

function requireText(name: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`The MLflow ${name} must be a non-empty string.`);
  }
  return value;
}
