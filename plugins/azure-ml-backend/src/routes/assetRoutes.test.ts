/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlCompute,
  AzureMlDataAsset,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const DATA_TYPE = 'Microsoft.MachineLearningServices/workspaces/data';
const COMPUTE_TYPE = 'Microsoft.MachineLearningServices/workspaces/computes';

describe('data and compute routes', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;

  it('lists each data asset as its latest version', async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/data`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    const items: AzureMlDataAsset[] = res.body.items;
    const containers = state().listChildren(VISION.id, DATA_TYPE);
    const newestVersion = (dataName: string) =>
      state()
        .listChildren(`${VISION.id}/data/${dataName}`, `${DATA_TYPE}/versions`)
        .map(v => Number(v.name))
        .reduce((a, b) => Math.max(a, b))
        .toString();
    expect(items.map(d => [d.name, d.version]).sort()).toEqual(
      containers.map(c => [c.name, newestVersion(c.name)]).sort(),
    );
    expect(items[0]).toMatchObject({
      id: `${VISION.id}/data/${items[0].name}/versions/${items[0].version}`,
      dataType: expect.stringMatching(/^(uri_file|uri_folder|mltable)$/),
      dataUri: expect.any(String),
    });
  });

  it('lists computes with their sizes and node counts', async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/computes`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    const items: AzureMlCompute[] = res.body.items;
    const stored = state().listChildren(VISION.id, COMPUTE_TYPE);
    expect(items.map(c => c.name).sort()).toEqual(
      stored.map(c => c.name).sort(),
    );
    const cluster = items.find(c => c.computeType === 'AmlCompute');
    expect(cluster).toMatchObject({
      vmSize: expect.any(String),
      minNodeCount: expect.any(Number),
      maxNodeCount: expect.any(Number),
      provisioningState: 'Succeeded',
    });
  });

  it("answers erin's data list with Azure's refusal", async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/data`)
      .set(headers(await harness.token('erin')));
    expect(errorOf(res)).toMatchObject({
      status: 403,
      name: 'NotAllowedError',
    });
    expect(res.body.error.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/data\/read'/,
    );
  });
});
