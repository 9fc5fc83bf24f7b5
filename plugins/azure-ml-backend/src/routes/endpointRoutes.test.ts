/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlOnlineEndpoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  resourceEntity,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const ENDPOINT_TYPE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';

describe('online endpoint routes', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;

  /** The blue/green endpoint of mlw-vision, with a catalog entity for it. */
  function blueGreen() {
    const endpoint = state()
      .listChildren(VISION.id, ENDPOINT_TYPE)
      .find(e => Object.keys(e.properties.traffic ?? {}).length === 2);
    if (!endpoint) throw new Error('no blue/green endpoint in mlw-vision');
    return {
      name: endpoint.name,
      id: endpoint.id,
      path: `${VISION.path}/endpoints/${endpoint.name}`,
      traffic: () =>
        state().getResource(endpoint.id)!.properties.traffic as Record<
          string,
          number
        >,
      entity: resourceEntity(`endpoint-${endpoint.name}`, endpoint.id),
    };
  }

  function recordingAuditor(events: unknown[]) {
    return mockServices.auditor.mock({
      createEvent: async options => {
        events.push({ begin: options.eventId, meta: options.meta });
        return {
          success: async o => {
            events.push({ success: o?.meta });
          },
          fail: async o => {
            events.push({ fail: o.error.message });
          },
        };
      },
    });
  }

  it('lists endpoints and reads one with its deployments and traffic', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const list = await request(server)
      .get(`${VISION.path}/endpoints`)
      .set(headers(token));
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { name: string }) => e.name).sort()).toEqual(
      state()
        .listChildren(VISION.id, ENDPOINT_TYPE)
        .map(e => e.name)
        .sort(),
    );
    expect(list.body.items[0].deployments).toBeUndefined();

    const endpoint = blueGreen();
    const res = await request(server).get(endpoint.path).set(headers(token));
    expect(res.status).toBe(200);
    const body: AzureMlOnlineEndpoint = res.body;
    expect(body.traffic).toEqual(endpoint.traffic());
    expect(body.deployments.map(d => d.name).sort()).toEqual(
      Object.keys(endpoint.traffic()).sort(),
    );
    expect(body.deployments[0]).toMatchObject({
      endpointName: endpoint.name,
      instanceType: expect.any(String),
      instanceCount: expect.any(Number),
      model: expect.stringContaining('/models/'),
    });
  });

  it('lets bob shift traffic, audited, and Azure applies it', async () => {
    const events: unknown[] = [];
    const endpoint = blueGreen();
    const server = await harness.startBackend({
      entities: [endpoint.entity],
      extra: [recordingAuditor(events).factory],
    });
    const [first, second] = Object.keys(endpoint.traffic()).sort();
    const res = await request(server)
      .put(`${endpoint.path}/traffic`)
      .set(headers(await harness.token('bob')))
      .send({ traffic: { [first]: 30, [second]: 70 } });
    expect(res.status).toBe(202);
    expect(res.body.name).toBe(endpoint.name);
    expect(endpoint.traffic()).toEqual({ [first]: 30, [second]: 70 });
    expect(events).toEqual([
      {
        begin: 'endpoint-traffic-update',
        meta: expect.objectContaining({ resourceId: endpoint.id }),
      },
      { success: { correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) } },
    ]);
  });

  it('gives deployments left out 0', async () => {
    const endpoint = blueGreen();
    const server = await harness.startBackend({ entities: [endpoint.entity] });
    const [first, second] = Object.keys(endpoint.traffic()).sort();
    const res = await request(server)
      .put(`${endpoint.path}/traffic`)
      .set(headers(await harness.token('bob')))
      .send({ traffic: { [second]: 100 } });
    expect(res.status).toBe(202);
    expect(endpoint.traffic()).toEqual({ [first]: 0, [second]: 100 });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'shares that do not add up to 100',
      { traffic: { blue: 50, green: 40 } },
      /^Invalid traffic: the shares add up to 90, but must add up to 100$/,
    ],
    [
      'a deployment that does not exist',
      { traffic: { blue: 90, ghost: 10 } },
      /^Invalid traffic: endpoint \S+ has no deployment 'ghost' \(it has: /,
    ],
    [
      'a fraction',
      { traffic: { blue: 99.5, green: 0.5 } },
      /^request\/body\/traffic\/\S+ must be integer$/,
    ],
    [
      'no traffic at all',
      {},
      /^request\/body must have required property 'traffic'$/,
    ],
    [
      'an unknown key',
      { traffic: { blue: 100 }, force: true },
      /^request\/body must NOT have additional properties$/,
    ],
  ])('refuses %s with 400 and changes nothing', async (_, body, message) => {
    const endpoint = blueGreen();
    const server = await harness.startBackend({ entities: [endpoint.entity] });
    const before = endpoint.traffic();
    const [first, second] = Object.keys(before).sort();
    const named = JSON.parse(
      JSON.stringify(body)
        .replace(/"blue"/g, `"${first}"`)
        .replace(/"green"/g, `"${second}"`),
    );
    const res = await request(server)
      .put(`${endpoint.path}/traffic`)
      .set(headers(await harness.token('bob')))
      .send(named);
    expect(errorOf(res)).toMatchObject({ status: 400, name: 'InputError' });
    expect(res.body.error.message).toMatch(message);
    expect(endpoint.traffic()).toEqual(before);
  });

  it("refuses carol's shift (Reader) with Azure's action, records the failure, and changes nothing", async () => {
    const events: unknown[] = [];
    const endpoint = blueGreen();
    const server = await harness.startBackend({
      entities: [endpoint.entity],
      extra: [recordingAuditor(events).factory],
    });
    const before = endpoint.traffic();
    const [first, second] = Object.keys(before).sort();
    const res = await request(server)
      .put(`${endpoint.path}/traffic`)
      .set(headers(await harness.token('carol')))
      .send({ traffic: { [first]: 50, [second]: 50 } });
    expect(errorOf(res)).toMatchObject({
      status: 403,
      name: 'NotAllowedError',
    });
    expect(res.body.error.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/onlineEndpoints\/write' on scope /,
    );
    expect(endpoint.traffic()).toEqual(before);
    expect(events).toEqual([
      expect.objectContaining({ begin: 'endpoint-traffic-update' }),
      { fail: res.body.error.message },
    ]);
  });
});
