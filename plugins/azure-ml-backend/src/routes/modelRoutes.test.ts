/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlModelContainer,
  AzureMlModelVersion,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const MODEL_TYPE = 'Microsoft.MachineLearningServices/workspaces/models';
const VERSION_TYPE =
  'Microsoft.MachineLearningServices/workspaces/models/versions';

describe('model routes', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;

  it("lists mlw-vision's models and a model's versions, newest first", async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const res = await request(server)
      .get(`${VISION.path}/models`)
      .set(headers(token));
    expect(res.status).toBe(200);
    const models: AzureMlModelContainer[] = res.body.items;
    const stored = state().listChildren(VISION.id, MODEL_TYPE);
    expect(models.map(m => m.name).sort()).toEqual(
      stored.map(m => m.name).sort(),
    );
    const model = models[0];
    expect(model).toMatchObject({
      id: `${VISION.id}/models/${model.name}`,
      latestVersion: expect.any(String),
      studioUrl: expect.stringMatching(/^https:\/\/ml\.azure\.com\/model\//),
    });

    const versions = await request(server)
      .get(`${VISION.path}/models/${model.name}/versions`)
      .set(headers(token));
    expect(versions.status).toBe(200);
    const items: AzureMlModelVersion[] = versions.body.items;
    expect(items.map(v => v.version)).toEqual(
      state()
        .listChildren(`${VISION.id}/models/${model.name}`, VERSION_TYPE)
        .sort(
          (a, b) =>
            Date.parse(b.systemData!.createdAt) -
            Date.parse(a.systemData!.createdAt),
        )
        .map(v => v.name),
    );
    expect(items[0]).toMatchObject({
      name: model.name,
      version: model.latestVersion,
      modelUri: expect.any(String),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('reads a version with the job that produced it (lineage)', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const produced = state()
      .listByScope(VISION.id, VERSION_TYPE)
      .find(v => v.properties.jobName);
    if (!produced) throw new Error('no demo model version with a job');
    const modelName = produced.id.split('/models/')[1].split('/')[0];
    const res = await request(server)
      .get(`${VISION.path}/models/${modelName}/versions/${produced.name}`)
      .set(headers(token));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: produced.id,
      jobName: produced.properties.jobName,
      job: {
        name: produced.properties.jobName,
        id: `${VISION.id}/jobs/${produced.properties.jobName}`,
      },
    });
  });

  it('still shows a version whose job was deleted, without the job', async () => {
    const server = await harness.startBackend();
    const produced = state()
      .listByScope(VISION.id, VERSION_TYPE)
      .find(v => v.properties.jobName)!;
    state().deleteResource(`${VISION.id}/jobs/${produced.properties.jobName}`);
    const modelName = produced.id.split('/models/')[1].split('/')[0];
    const res = await request(server)
      .get(`${VISION.path}/models/${modelName}/versions/${produced.name}`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    expect(res.body.jobName).toBe(produced.properties.jobName);
    expect(res.body.job).toBeUndefined();
  });

  it('answers 404 for a version that does not exist, and 400 for a bad model name', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const [model] = state().listChildren(VISION.id, MODEL_TYPE);
    const missing = await request(server)
      .get(`${VISION.path}/models/${model.name}/versions/999`)
      .set(headers(token));
    expect(errorOf(missing)).toMatchObject({
      status: 404,
      name: 'NotFoundError',
    });
    expect(missing.body.error.message).toMatch(
      new RegExp(
        `^Read version 999 of model ${model.name} failed: Azure answered 404`,
      ),
    );
    const bad = await request(server)
      .get(`${VISION.path}/models/${encodeURIComponent('bad/name')}/versions`)
      .set(headers(token));
    expect(errorOf(bad)).toMatchObject({ status: 400, name: 'InputError' });
    expect(bad.body.error.message).toMatch(
      /^request\/params\/modelName must match pattern /,
    );
  });
});
