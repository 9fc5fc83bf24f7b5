/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The official ARM client, as the backend plugin uses it (hoisted from the
// emulator's and the backend's dependencies; only this test imports it here).
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { RunningEmulator } from '@internal/azure-emulator';
import {
  demoIds,
  startTestEmulator,
  userCredential,
} from '@internal/azure-emulator/testing';
import { AzureRetryableError } from './AzureRetryableError';
import { azureCorrelationOf } from './azureCorrelation';
import {
  azureClientPipelineOptions,
  type AzureHttpResilienceOptions,
} from './azureClientPipelineOptions';
import { createAzurePipeline } from './createAzurePipeline';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('azureClientPipelineOptions with @azure/arm-machinelearning', () => {
  let emulator: RunningEmulator;
  let host: string;
  const vision = demoIds.workspace('vision');

  const clientWith = (options?: AzureHttpResilienceOptions) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user('alice')),
      vision.subscriptionId,
      {
        endpoint: emulator.urls.https,
        apiVersion: '2024-10-01',
        ...azureClientPipelineOptions(options),
      },
    );
  const admin = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${emulator.urls.https}/admin/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
    return response.status === 204 ? undefined : response.json();
  };
  const armRequests = async (): Promise<number> =>
    (await admin('request-counts', 'GET')).arm ?? 0;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    host = new URL(emulator.urls.https).host;
  });
  afterEach(() => admin('reset', 'POST'));
  afterAll(() => emulator.stop());

  it('sends x-ms-client-request-id and exposes the correlation ids', async () => {
    let raw: PipelineResponse | undefined;
    const workspace = await clientWith().workspaces.get(
      vision.resourceGroup,
      vision.name,
      { onResponse: response => (raw = response) },
    );
    expect(workspace.mlFlowTrackingUri).toBe(
      `azureml://${host}/mlflow/v1.0${vision.id}`,
    );
    const correlation = azureCorrelationOf(raw);
    expect(correlation.clientRequestId).toMatch(UUID);
    expect(raw!.request.headers.get('x-ms-client-request-id')).toBe(
      correlation.clientRequestId,
    );
    expect(correlation.correlationRequestId).toMatch(UUID);
    expect(correlation.requestId).toMatch(UUID);
  });

  it('retries a 429 with Retry-After 1 and succeeds', async () => {
    const original = emulator.ctx.random;
    let draws = 0;
    emulator.ctx.random = () => (draws++ < 1 ? 0 : 1);
    try {
      await admin('faults', 'PUT', { throttleRate: 0.5 });
      const before = await armRequests();
      const started = Date.now();
      const workspace = await clientWith().workspaces.get(
        vision.resourceGroup,
        vision.name,
      );
      expect(workspace.name).toBe(vision.name);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect((await armRequests()) - before).toBe(2);
    } finally {
      emulator.ctx.random = original;
    }
  });

  it("refuses to wait for ARM's budget when it asks for 120 s", async () => {
    // One read, then a token every 120 s: the second read is throttled with
    // Retry-After 120, which the SDK alone would sleep through, four times.
    await admin('budgets', 'PUT', {
      reads: { capacity: 1, refillPerSecond: 1 / 120 },
      writes: { capacity: 10, refillPerSecond: 1 },
    });
    const client = clientWith();
    await client.workspaces.get(vision.resourceGroup, vision.name);
    const before = await armRequests();
    const started = Date.now();
    const error = await client.workspaces
      .get(vision.resourceGroup, vision.name)
      .catch(e => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(AzureRetryableError);
    const { correlationRequestId, requestId } = azureCorrelationOf(error);
    expect(correlationRequestId).toMatch(UUID);
    expect(error.message).toMatch(
      new RegExp(
        `^Azure answered 429 SubscriptionRequestsThrottled to a request to ${host} and asks to wait 1(19|20) s, longer than the 10 s this client waits for one request; it can be retried after 1(19|20) s \\(correlation id ${correlationRequestId}, request id ${requestId}\\)$`,
      ),
    );
    expect(error).toMatchObject({
      retryable: true,
      reason: 'throttled',
      azureStatusCode: 429,
      azureErrorCode: 'SubscriptionRequestsThrottled',
    });
    expect((await armRequests()) - before).toBe(1);
  });

  it('aborts a hung try after the timeout', async () => {
    await admin('faults', 'PUT', { latencyMs: 3000 });
    const started = Date.now();
    const error = await clientWith({ timeoutMs: 300 })
      .workspaces.get(vision.resourceGroup, vision.name)
      .catch(e => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(AzureRetryableError);
    expect(error.message).toMatch(
      new RegExp(
        `^The request to ${host} got no answer within 0\\.3 s and was aborted; it can be retried \\(client request id [0-9a-f-]{36}\\)$`,
      ),
    );
  });

  it("keeps a caller's own x-ms-client-request-id", async () => {
    const pipeline = createAzurePipeline({
      credential: userCredential(emulator, demoIds.user('alice')),
      scopes: 'https://management.azure.com/.default',
    });
    const response = await pipeline.sendRequest(
      createDefaultHttpClient(),
      createPipelineRequest({
        url: `${emulator.urls.https}${vision.id}?api-version=2024-10-01`,
        headers: createHttpHeaders({ 'x-ms-client-request-id': 'my-own-id' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ms-client-request-id')).toBe('my-own-id');
  });

  it('refuses options that cannot bound a call', () => {
    expect(() => azureClientPipelineOptions({ timeoutMs: 0 })).toThrow(
      'Azure HTTP option timeoutMs must be more than 0',
    );
    expect(() => azureClientPipelineOptions({ maxRetries: -1 })).toThrow(
      'Azure HTTP option maxRetries must be a number of 0 or more, got -1',
    );
    expect(azureClientPipelineOptions().retryOptions).toEqual({
      maxRetries: 3,
      retryDelayInMs: 500,
      maxRetryDelayInMs: 4000,
    });
  });
});
