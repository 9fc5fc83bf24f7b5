/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import {
  createDefaultHttpClient,
  type HttpClient,
} from '@azure/core-rest-pipeline';
import type { RunningEmulator } from '@internal/azure-emulator';
import {
  demoIds,
  startTestEmulator,
  userAccessToken,
} from '@internal/azure-emulator/testing';
import { AzureRetryableError, azureCorrelationOf } from '../http';
import { MlflowClient, type MlflowClientOptions } from './MlflowClient';

/** The Azure ML data plane's audience (the emulator's `ML_AUDIENCE`, entra/firstPartyApis.ts). */
const ML_AUDIENCE = 'https://ml.azure.com';
const ML_SCOPE = 'https://ml.azure.com/.default';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';

describe('MlflowClient against the emulator', () => {
  let emulator: RunningEmulator;
  let epoch: number;
  let host: string;
  const vision = demoIds.workspace('vision');
  const visionRef = {
    subscriptionId: vision.subscriptionId,
    resourceGroup: vision.resourceGroup,
    workspaceName: vision.name,
  };
  let trackingUri: string;
  let runningJob: string;
  const scopesAsked: string[] = [];

  const credentialOf = (user: string): TokenCredential => ({
    async getToken(scopes): Promise<AccessToken> {
      scopesAsked.push(...[scopes].flat());
      return userAccessToken(emulator, demoIds.user(user), ML_AUDIENCE);
    },
  });

  const clientFor = (
    user = 'bob',
    options: Partial<MlflowClientOptions> = {},
  ): MlflowClient =>
    new MlflowClient({
      trackingUri,
      workspace: visionRef,
      endpoints: {
        machineLearningDataPlaneHost: host,
        machineLearningScope: ML_SCOPE,
      },
      credential: credentialOf(user),
      ...options,
    });

  const admin = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${emulator.urls.https}/admin/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
    return response.status === 204 ? undefined : response.json();
  };
  const mlflowRequests = async (): Promise<number> =>
    (await admin('request-counts', 'GET')).mlflow ?? 0;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    epoch = emulator.ctx.state.epochMs;
    emulator.ctx.now = () => epoch;
    host = new URL(emulator.urls.https).host;
    // The workspace's tracking URI, as ARM hands it out.
    const workspace = emulator.ctx.state.getResource(vision.id)!;
    trackingUri = String(workspace.properties.mlFlowTrackingUri);
    // A demo job that is running at the epoch.
    runningJob = emulator.ctx.state
      .listChildren(vision.id, JOB_TYPE)
      .find(job => {
        const t = emulator.ctx.state.jobTimelines.get(job.id.toLowerCase());
        return t && t.startOffsetMs < 0 && t.startOffsetMs + t.durationMs > 0;
      })!.name;
  });
  afterEach(async () => {
    await admin('faults', 'PUT', {
      latencyMs: 0,
      serverErrorRate: 0,
      throttleRate: 0,
      throttleRetryAfterSeconds: 1,
    });
    emulator.ctx.now = () => epoch;
  });
  afterAll(() => emulator.stop());

  it('calls the tracking server the workspace tracking URI names', () => {
    expect(trackingUri).toBe(`azureml://${host}/mlflow/v1.0${vision.id}`);
    expect(clientFor().target.apiBaseUrl).toBe(
      `https://${host}/mlflow/v1.0${vision.id}/api/2.0/mlflow`,
    );
  });

  it('reads the run of a running job, its metric keys and correlation ids', async () => {
    scopesAsked.length = 0;
    const client = clientFor();
    const run = await client.getRun(runningJob);
    expect(run.info).toMatchObject({ runId: runningJob, status: 'RUNNING' });
    expect(run.correlation.clientRequestId).toMatch(UUID);
    expect(run.correlation.correlationRequestId).toMatch(UUID);
    expect(run.correlation.requestId).toMatch(UUID);
    expect(await client.listRunMetricKeys(runningJob)).toEqual([
      'loss',
      'accuracy',
      'val_loss',
      'val_accuracy',
      'learning_rate',
    ]);
    expect(new Set(scopesAsked)).toEqual(new Set([ML_SCOPE]));
  });

  it('reads a whole metric history across pages, and it grows while the job runs', async () => {
    const paged = clientFor('bob', { historyPageSize: 7 });
    const history = await paged.getMetricHistory(runningJob, 'loss');
    const count = history.points.length;
    expect(count).toBeGreaterThan(14);
    expect(history.pages).toBe(Math.ceil(count / 7));
    expect(history.truncated).toBe(false);
    expect(history.points.map(p => p.step)).toEqual([...Array(count).keys()]);
    const whole = await clientFor().getMetricHistory(runningJob, 'loss');
    expect(whole.pages).toBe(1);
    expect(whole.points).toEqual(history.points);
    expect(Object.keys(whole.points[0]).sort()).toEqual([
      'step',
      'timestamp',
      'value',
    ]);

    emulator.ctx.now = () => epoch + 30 * 60_000;
    const later = await paged.getMetricHistory(runningJob, 'loss');
    expect(later.points.length).toBeGreaterThan(count);
    expect(later.points.slice(0, count)).toEqual(history.points);
  });

  it('stops at maxHistoryPages and says the history is truncated', async () => {
    const client = clientFor('bob', { historyPageSize: 5, maxHistoryPages: 2 });
    const history = await client.getMetricHistory(runningJob, 'accuracy');
    expect(history).toMatchObject({ pages: 2, truncated: true });
    expect(history.points.map(p => p.step)).toEqual([...Array(10).keys()]);
  });

  it('searches runs of the job experiment', async () => {
    const client = clientFor();
    const run = await client.getRun(runningJob);
    const page = await client.searchRuns({
      experimentIds: [run.info.experimentId],
      filter: `attributes.run_id = '${runningJob}'`,
    });
    expect(page.runs.map(r => r.info.runId)).toEqual([runningJob]);
    expect(page.nextPageToken).toBeUndefined();
    await expect(client.searchRuns({ experimentIds: [] })).rejects.toThrow(
      'Searching runs needs at least one experiment id.',
    );
  });

  describe('refuses tracking URIs before any request', () => {
    it.each([
      [
        'another host',
        () => `azureml://evil.example.com/mlflow/v1.0${vision.id}`,
        `its host 'evil.example.com' is not the Azure ML data-plane host`,
      ],
      [
        'another workspace',
        () => `azureml://${host}/mlflow/v1.0${demoIds.workspace('nlp').id}`,
        `it names workspace '${demoIds.workspace('nlp').id}', not '${
          vision.id
        }'`,
      ],
    ])('%s', async (_, uri, reason) => {
      scopesAsked.length = 0;
      const before = await mlflowRequests();
      expect(() => clientFor('bob', { trackingUri: uri() })).toThrow(reason);
      expect(scopesAsked).toEqual([]);
      expect(await mlflowRequests()).toBe(before);
    });
  });

  describe('maps MLflow errors', () => {
    it('answers NotFoundError for an unknown run, with the correlation id', async () => {
      const seen: { sent?: string; echoed?: string; correlation?: string } = {};
      const real = createDefaultHttpClient();
      const httpClient: HttpClient = {
        async sendRequest(request) {
          const response = await real.sendRequest(request);
          seen.sent = request.headers.get('x-ms-client-request-id');
          seen.echoed = response.headers.get('x-ms-client-request-id');
          seen.correlation = response.headers.get(
            'x-ms-correlation-request-id',
          );
          return response;
        },
      };
      const error = await clientFor('bob', { httpClient })
        .getRun('no_such_job')
        .catch(e => e);
      expect(seen.sent).toMatch(UUID);
      expect(seen.echoed).toBe(seen.sent);
      expect(error.name).toBe('NotFoundError');
      expect(error.message).toBe(
        `Reading run 'no_such_job' of workspace 'mlw-vision' failed. MLflow answered 404 RESOURCE_DOES_NOT_EXIST: Run with id=no_such_job not found. Check the name, and that the job still exists in this workspace. (correlation id ${
          seen.correlation
        }, request id ${azureCorrelationOf(error).requestId})`,
      );
      expect(azureCorrelationOf(error)).toEqual({
        clientRequestId: seen.sent,
        correlationRequestId: seen.correlation,
        requestId: expect.stringMatching(UUID),
      });
    });

    it('answers NotAllowedError when RBAC grants the user nothing', async () => {
      const erin = demoIds.user('erin');
      const error = await clientFor('erin')
        .getRun(runningJob)
        .catch(e => e);
      expect(error.name).toBe('NotAllowedError');
      expect(error.message).toMatch(
        new RegExp(
          `^Reading run '${runningJob}' of workspace 'mlw-vision' failed\\. MLflow answered 403 PERMISSION_DENIED: The principal '[^']+' with object id '${erin}' does not have permission to perform 'Microsoft\\.MachineLearningServices/workspaces/experiments/runs/read' on workspace '${vision.id.replace(
            /\./g,
            '\\.',
          )}'\\. Ask an owner of the workspace for a role that can read its experiments and runs, such as Reader or AzureML Data Scientist\\. \\(correlation id [0-9a-f-]{36}, request id [0-9a-f-]{36}\\)$`,
        ),
      );
    });

    it('answers AuthenticationError for a token from another tenant', async () => {
      const error = await clientFor('grace')
        .getRun(runningJob)
        .catch(e => e);
      expect(error.name).toBe('AuthenticationError');
      expect(error.message).toContain(
        `MLflow answered 401 UNAUTHENTICATED: The access token is from tenant '${demoIds.tenant(
          'fabrikam',
        )}', but the workspace belongs to tenant '${demoIds.tenant(
          'contoso',
        )}'. Sign in again;`,
      );
    });

    it('answers InputError for a parameter MLflow refuses', async () => {
      const error = await clientFor('bob', { historyPageSize: 25_001 })
        .getMetricHistory(runningJob, 'loss')
        .catch(e => e);
      expect(error.name).toBe('InputError');
      expect(error.message).toMatch(
        /^Reading the history of metric 'loss' of run '[^']+' in workspace 'mlw-vision' failed\. MLflow answered 400 INVALID_PARAMETER_VALUE: .*max_results.* \(correlation id /,
      );
    });
  });

  describe('under injected faults', () => {
    it('retries a 429 with Retry-After 1 and succeeds', async () => {
      const original = emulator.ctx.random;
      let draws = 0;
      emulator.ctx.random = () => (draws++ < 1 ? 0 : 1);
      try {
        await admin('faults', 'PUT', {
          throttleRate: 0.5,
          throttleRetryAfterSeconds: 1,
        });
        const before = await mlflowRequests();
        const started = Date.now();
        const run = await clientFor().getRun(runningJob);
        expect(run.info.runId).toBe(runningJob);
        expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
        expect((await mlflowRequests()) - before).toBe(2);
      } finally {
        emulator.ctx.random = original;
      }
    });

    it('fails at once when Azure asks to wait 120 s', async () => {
      await admin('faults', 'PUT', {
        throttleRate: 1,
        throttleRetryAfterSeconds: 120,
      });
      const before = await mlflowRequests();
      const started = Date.now();
      const error = await clientFor()
        .getRun(runningJob)
        .catch(e => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(AzureRetryableError);
      expect(error.name).toBe('ServiceUnavailableError');
      const { correlationRequestId, requestId } = azureCorrelationOf(error);
      expect(error.message).toBe(
        `Azure answered 429 REQUEST_LIMIT_EXCEEDED to a request to ${host} and asks to wait 120 s, longer than the 10 s this client waits for one request; it can be retried after 120 s (correlation id ${correlationRequestId}, request id ${requestId})`,
      );
      expect(correlationRequestId).toMatch(UUID);
      expect(error).toMatchObject({
        retryable: true,
        reason: 'throttled',
        azureStatusCode: 429,
        azureErrorCode: 'REQUEST_LIMIT_EXCEEDED',
        retryAfterMs: 120_000,
        host,
      });
      expect((await mlflowRequests()) - before).toBe(1);
    });

    it('fails with the retryable error when the retries run out', async () => {
      await admin('faults', 'PUT', {
        throttleRate: 1,
        throttleRetryAfterSeconds: 0.2,
      });
      const before = await mlflowRequests();
      const error = await clientFor('bob', { resilience: { maxRetries: 2 } })
        .getRun(runningJob)
        .catch(e => e);
      expect(error).toBeInstanceOf(AzureRetryableError);
      expect(error.message).toMatch(
        new RegExp(
          `^Azure answered 429 REQUEST_LIMIT_EXCEEDED to a request to ${host} again after 2 retries; it can be retried after 0\\.2 s \\(correlation id `,
        ),
      );
      expect((await mlflowRequests()) - before).toBe(3);
    });

    it('retries server errors a bounded number of times', async () => {
      await admin('faults', 'PUT', { serverErrorRate: 1 });
      const before = await mlflowRequests();
      const error = await clientFor('bob', {
        resilience: { maxRetries: 1, retryDelayMs: 10, maxRetryDelayMs: 10 },
      })
        .getRun(runningJob)
        .catch(e => e);
      expect(error).toBeInstanceOf(AzureRetryableError);
      expect(error.message).toMatch(
        new RegExp(
          `^Azure answered 500 INTERNAL_ERROR to a request to ${host} on 2 tries: Encountered an internal error \\(injected by the emulator\\); it can be retried later \\(correlation id `,
        ),
      );
      expect(error).toMatchObject({
        reason: 'unavailable',
        azureStatusCode: 500,
      });
      expect((await mlflowRequests()) - before).toBe(2);
    });

    it('aborts a try that hangs longer than the timeout', async () => {
      await admin('faults', 'PUT', { latencyMs: 3000 });
      const started = Date.now();
      const error = await clientFor('bob', { resilience: { timeoutMs: 200 } })
        .getRun(runningJob)
        .catch(e => e);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(error).toBeInstanceOf(AzureRetryableError);
      expect(error.reason).toBe('timeout');
      expect(error.message).toMatch(
        new RegExp(
          `^The request to ${host} got no answer within 0\\.2 s and was aborted; it can be retried \\(client request id [0-9a-f-]{36}\\)$`,
        ),
      );
    });
  });
});
