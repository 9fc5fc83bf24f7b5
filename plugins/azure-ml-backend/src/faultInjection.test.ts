/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import request from 'supertest';
import {
  demoWorkspace,
  resourceEntity,
  userHeaders as headers,
  usePluginTestHarness,
} from './__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
/** No call may take longer: retries are bounded by Retry-After budgets and timeouts. */
const CALL_LIMIT_MS = 15_000;

describe('under injected Azure faults', () => {
  const harness = usePluginTestHarness();

  it('answers every call with success or a clear retryable 503 under 20% 429/503, never a 500 or a hang', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const jobs = await request(server)
      .get(`${VISION.path}/jobs`)
      .query({ status: 'Completed', jobType: 'Command' })
      .set(headers(token));
    const jobName = jobs.body.items[0].name;
    const endpoints = await request(server)
      .get(`${VISION.path}/endpoints`)
      .set(headers(token));
    const endpointName = endpoints.body.items[0].name;

    Object.assign(harness.emulator.ctx.faults, {
      throttleRate: 0.1,
      serviceUnavailableRate: 0.1,
      throttleRetryAfterSeconds: 1,
    });
    const paths = [
      `${VISION.path}/jobs`,
      `${VISION.path}/jobs/${jobName}`,
      `${VISION.path}/jobs/${jobName}/metrics`,
      `${VISION.path}/models`,
      `${VISION.path}/endpoints/${endpointName}`,
      `${VISION.path}/computes`,
      `${VISION.path}/data`,
      '/api/azure-ml/workspaces',
    ];
    const results: { path: string; status: number; ms: number; body: any }[] =
      [];
    let next = 0;
    const calls = Array.from({ length: 80 }, (_, i) => paths[i % paths.length]);
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < calls.length) {
          const path = calls[next++];
          const started = Date.now();
          const res = await request(server)
            .get(path)
            .set(headers(token))
            .timeout(CALL_LIMIT_MS);
          results.push({
            path,
            status: res.status,
            ms: Date.now() - started,
            body: res.body,
          });
        }
      }),
    );
    const injected =
      (harness.emulator.ctx.requestCounts.get('arm') ?? 0) +
      (harness.emulator.ctx.requestCounts.get('mlflow') ?? 0);
    expect(injected).toBeGreaterThan(calls.length);
    expect(results).toHaveLength(calls.length);
    const unexpected = results.filter(r => ![200, 503].includes(r.status));
    expect(unexpected).toEqual([]);
    for (const failed of results.filter(r => r.status === 503)) {
      expect(failed.body.error.name).toBe('ServiceUnavailableError');
      expect(failed.body.error.message).toMatch(/retr/i);
    }
    const succeeded = results.filter(r => r.status === 200).length;
    expect(succeeded / results.length).toBeGreaterThan(0.9);
    expect(Math.max(...results.map(r => r.ms))).toBeLessThan(CALL_LIMIT_MS);
    // The workspace list never fails as a whole: a subscription that stayed
    // unavailable is named with its reason.
    for (const list of results.filter(
      r => r.path === '/api/azure-ml/workspaces',
    )) {
      expect(list.status).toBe(200);
      for (const u of list.body.unavailable) {
        expect([403, 503]).toContain(u.status);
      }
    }
  }, 120_000);

  it('answers a throttle that asks to wait longer than the budget at once, with Retry-After', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    Object.assign(harness.emulator.ctx.faults, {
      throttleRate: 1,
      throttleRetryAfterSeconds: 120,
    });
    const started = Date.now();
    const res = await request(server)
      .get(`${VISION.path}/jobs`)
      .set(headers(token));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('120');
    expect(res.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('SubscriptionRequestsThrottled'),
    });
  });

  it('keeps a write consistent when Azure fails it: the traffic stays as it was', async () => {
    const endpointType =
      'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
    const endpoint = harness.emulator.ctx.state
      .listChildren(VISION.id, endpointType)
      .find(e => Object.keys(e.properties.traffic ?? {}).length === 2)!;
    const server = await harness.startBackend({
      entities: [resourceEntity('endpoint', endpoint.id)],
    });
    const token = await harness.token('bob');
    const before = { ...endpoint.properties.traffic };
    const names = Object.keys(before).sort();
    Object.assign(harness.emulator.ctx.faults, { serviceUnavailableRate: 1 });
    const res = await request(server)
      .put(`${VISION.path}/endpoints/${endpoint.name}/traffic`)
      .set(headers(token))
      .send({ traffic: { [names[0]]: 50, [names[1]]: 50 } });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('ServiceUnavailableError');
    expect(
      harness.emulator.ctx.state.getResource(endpoint.id)!.properties.traffic,
    ).toEqual(before);
  });
});
