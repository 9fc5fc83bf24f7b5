/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  RecordingLogger,
  VISION,
  VISION_ENTITY_REF,
  demoJobOf,
  useActionsTestHarness,
} from '../../__testUtils__/actionsTestHarness';

const ID = 'azureml:model:register';

describe('azureml:model:register', () => {
  const harness = useActionsTestHarness();
  const modelId = (name: string, version?: string) =>
    `${VISION.id}/models/${name}${version ? `/versions/${version}` : ''}`;
  const outputPath = (job: string, output = 'model') =>
    `azureml://jobs/${job}/outputs/${output}`;

  it('registers a model from a job output, keeping the link to the job', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-classifier-v2',
        type: 'mlflow_model',
        path: outputPath(job),
        description: 'Retrained on the new images',
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      id: modelId('defect-classifier-v2', '1'),
      name: 'defect-classifier-v2',
      version: '1',
      assetId: 'azureml:defect-classifier-v2:1',
      jobName: job,
    });
    expect(
      harness.emulator.ctx.state.getResource(
        modelId('defect-classifier-v2', '1'),
      )?.properties,
    ).toMatchObject({
      jobName: job,
      modelType: 'mlflow_model',
      modelUri: outputPath(job),
      description: 'Retrained on the new images',
    });
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'succeeded']);
    expect(events[0].parameters).toMatchObject({ jobName: job });
  });

  it('registers the next version from a datastore path, linked to a named job', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION_ENTITY_REF,
        name: 'defect-classifier',
        path: 'azureml://datastores/workspaceblobstore/paths/models/defect/',
        jobName: job,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    const version = String(run.outputs.version);
    expect(Number(version)).toBeGreaterThan(1);
    expect(
      harness.emulator.ctx.state.getResource(
        modelId('defect-classifier', version),
      )?.properties.jobName,
    ).toBe(job);
  });

  it('refuses a model from a job that is still running, and creates nothing', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Running');
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'early-model', path: outputPath(job) },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toBe(
      `Job ${job} is Running: register its model once the job has completed`,
    );
    expect(harness.exists(modelId('early-model'))).toBe(false);
  });

  it.each([
    [
      'a job that does not exist',
      'azureml://jobs/no_such_job/outputs/model',
      'There is no job no_such_job',
    ],
    ['a local path', './outputs/model', 'path: must be a job output'],
  ])('refuses %s and creates nothing', async (_, path, problem) => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'lost-model', path },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toContain(problem);
    expect(harness.exists(modelId('lost-model'))).toBe(false);
  });

  it('refuses an output the job does not have', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'lost-model',
        path: outputPath(job, 'weights'),
      },
      { token: await harness.token('bob') },
    );
    expect(run.error!.message).toContain(`Job ${job} has no output weights`);
    expect(harness.exists(modelId('lost-model'))).toBe(false);
  });

  it('stops when the Backstage permission policy denies it', async () => {
    const backend = await harness.start({ deny: ['azureMl.model.register'] });
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-classifier-v2',
        path: outputPath(job),
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain(
      "Backstage permission policy denied 'azureMl.model.register' (create)",
    );
    expect(harness.exists(modelId('defect-classifier-v2'))).toBe(false);
    expect(await backend.auditEvents()).toMatchObject([
      { outcome: 'denied', deniedBy: 'backstage' },
    ]);
  });

  it('passes on Azure’s refusal of a Reader and creates nothing', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-classifier-v2',
        path: outputPath(job),
      },
      { token: await harness.token('carol'), user: 'user:default/carol' },
    );
    expect(run.error!.message).toContain(
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/models/write'",
    );
    expect(harness.exists(modelId('defect-classifier-v2'))).toBe(false);
  });

  it('removes the new model when Azure fails its version', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Created model defect-classifier-v2 in/, () =>
        Object.assign(faults, { serverErrorRate: 1 }),
      )
      .when(/^Removing /, () => Object.assign(faults, { serverErrorRate: 0 }));
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-classifier-v2',
        path: outputPath(job),
      },
      { token: await harness.token('bob'), logger },
    );
    expect(run.error!.message).toContain(
      'Create model defect-classifier-v2 version 1 in workspace mlw-vision failed',
    );
    expect(run.error!.message).toContain(
      'Removed what this step had created: model defect-classifier-v2.',
    );
    expect(harness.exists(modelId('defect-classifier-v2'))).toBe(false);
  }, 30_000);

  it('writes nothing in a dry run, after checking the job', async () => {
    const backend = await harness.start();
    const job = demoJobOf(harness.emulator, VISION.id, 'Completed');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-classifier-v2',
        path: outputPath(job),
      },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({ version: '1', jobName: job });
    expect(harness.exists(modelId('defect-classifier-v2'))).toBe(false);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
