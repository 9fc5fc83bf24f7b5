/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  RecordingLogger,
  VISION,
  VISION_ENTITY_REF,
  useActionsTestHarness,
} from '../../__testUtils__/actionsTestHarness';

const ID = 'azureml:job:submit';
const JOBS = 'Microsoft.MachineLearningServices/workspaces/jobs';
const CODE_URI =
  'azureml://datastores/workspaceblobstore/paths/code/vision-training/';

/** A job as the "New ML experiment" template submits it. */
const JOB = {
  workspace: VISION.id,
  experimentName: 'vision-training',
  displayName: 'First training run',
  code: CODE_URI,
  command:
    'python train.py --data ${{inputs.training_data}} --epochs ${{inputs.epochs}}',
  environment: 'azureml:pytorch-vision-gpu:2',
  compute: 'gpu-cluster',
  inputs: {
    training_data: { type: 'uri_folder', path: 'azureml:defect-images:3' },
    epochs: 10,
  },
  tags: { repository: 'contoso/vision-training' },
};

describe('azureml:job:submit', () => {
  const harness = useActionsTestHarness();
  const state = () => harness.emulator.ctx.state;
  const jobNames = () =>
    state()
      .listChildren(VISION.id, JOBS)
      .map(j => j.name);
  const codeAssets = () =>
    state()
      .listChildren(
        VISION.id,
        'Microsoft.MachineLearningServices/workspaces/codes',
      )
      .map(c => c.name);
  const job = (name: string) =>
    state().getResource(`${VISION.id}/jobs/${name}`);

  it('submits a command job as the user, waits until it is queued, and links to it', async () => {
    const backend = await harness.start();
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
    });
    expect(run.error).toBeUndefined();
    const jobName = String(run.outputs.jobName);
    expect(jobName).toMatch(/^vision-training_[0-9a-f]{10}$/);
    expect(run.outputs).toEqual({
      jobName,
      jobId: `${VISION.id}/jobs/${jobName}`,
      status: 'Queued',
      experimentName: 'vision-training',
      studioUrl: expect.stringContaining(`/runs/${jobName}?wsid=`),
      portalUrl: `/catalog/default/system/mlw-vision/azure-ml/jobs/${jobName}`,
    });
    const submitted = job(jobName)!;
    expect(submitted.systemData?.createdBy).toMatch(/bob/i);
    expect(submitted.properties).toMatchObject({
      jobType: 'Command',
      displayName: 'First training run',
      experimentName: 'vision-training',
      command: JOB.command,
      environmentId: `${VISION.id}/environments/pytorch-vision-gpu/versions/2`,
      computeId: `${VISION.id}/computes/gpu-cluster`,
      codeId: `${VISION.id}/codes/${jobName}-code/versions/1`,
      tags: { repository: 'contoso/vision-training' },
      inputs: {
        training_data: {
          jobInputType: 'uri_folder',
          uri: 'azureml:defect-images:3',
          mode: 'ReadOnlyMount',
        },
        epochs: { jobInputType: 'literal', value: '10' },
      },
      properties: {
        'backstage.io/task-id': 'task-0001',
        'backstage.io/initiated-by': 'user:default/bob',
      },
    });
    expect(
      state().getResource(`${VISION.id}/codes/${jobName}-code/versions/1`)
        ?.properties.codeUri,
    ).toBe(CODE_URI);
    const messages = run.logger.lines.map(l => l.message);
    expect(messages).toContain(`Job ${jobName} is Queued (after 0 s)`);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.action, e.outcome])).toEqual([
      ['job.submit', 'initiated'],
      ['job.submit', 'succeeded'],
    ]);
    expect(events[0]).toMatchObject({
      targetResourceId: `${VISION.id}/jobs/${jobName}`,
      workspaceId: VISION.id,
      actor: { userEntityRef: 'user:default/bob' },
      parameters: expect.objectContaining({
        jobName,
        experimentName: 'vision-training',
        environment: 'azureml:pytorch-vision-gpu:2',
        inputs: ['training_data', 'epochs'],
      }),
    });
    expect(events[1].correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events[1].requestId).toBe(events[0].requestId);
  });

  it('submits a named job on serverless compute with the latest environment, by the entity ref', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      {
        workspace: VISION_ENTITY_REF,
        name: 'vision_smoke_1',
        command: 'python -c "print(1)"',
        environment: 'azureml:pytorch-vision-gpu@latest',
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      jobName: 'vision_smoke_1',
      experimentName: 'Default',
    });
    expect(job('vision_smoke_1')?.properties).toMatchObject({
      environmentId: `${VISION.id}/environments/pytorch-vision-gpu/versions/2`,
      experimentName: 'Default',
    });
    expect(job('vision_smoke_1')?.properties.computeId).toBeUndefined();
    expect(codeAssets()).toEqual([]);
  });

  it.each([
    ['no command', { command: undefined }, 'command: Required'],
    [
      'a job name with a space',
      { name: 'my job' },
      'name: job name "my job" contains whitespace',
    ],
    [
      'an input name that is no identifier',
      { inputs: { 'training-data': 1 } },
      'inputs.training-data',
    ],
    [
      'a local code folder',
      { code: './src' },
      'code "./src" must be a code asset',
    ],
    [
      'an environment that does not exist',
      { environment: 'azureml:no-such-env:1' },
      'There is no environment no-such-env version 1 in workspace mlw-vision',
    ],
    [
      'a compute that does not exist',
      { compute: 'tpu-cluster' },
      'There is no compute tpu-cluster in workspace mlw-vision',
    ],
    [
      'a data input that does not exist',
      {
        inputs: {
          data: { type: 'uri_folder', path: 'azureml:defect-images:99' },
        },
      },
      'There is no data asset defect-images version 99',
    ],
    [
      'an unknown input key',
      { gpus: 4 },
      "Unrecognized key(s) in object: 'gpus'",
    ],
  ])(
    'refuses %s in plain words, and creates nothing',
    async (_, change, problem) => {
      const backend = await harness.start();
      const before = jobNames();
      const run = await backend.run(
        ID,
        { ...JOB, ...change },
        { token: await harness.token('bob') },
      );
      expect(run.error).toMatchObject({ name: 'InputError' });
      expect(run.error!.message).toContain(problem);
      expect(jobNames()).toEqual(before);
      expect(codeAssets()).toEqual([]);
      expect(await backend.auditEvents()).toEqual([]);
    },
  );

  it('refuses a job name that is taken', async () => {
    const backend = await harness.start();
    const taken = jobNames()[0];
    const run = await backend.run(
      ID,
      { ...JOB, name: taken },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'ConflictError' });
    expect(run.error!.message).toContain(`has a job ${taken} already`);
    expect(codeAssets()).toEqual([]);
  });

  it('stops when the Backstage permission policy denies it, and creates nothing', async () => {
    const backend = await harness.start({ deny: ['azureMl.job.submit'] });
    const before = jobNames();
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
    });
    expect(run.error!.message).toBe(
      `Backstage permission policy denied 'azureMl.job.submit' (create) on ${VISION_ENTITY_REF}; ask a Backstage administrator for access`,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    expect(await backend.auditEvents()).toMatchObject([
      { action: 'job.submit', outcome: 'denied', deniedBy: 'backstage' },
    ]);
  });

  it('passes on Azure’s refusal of a Reader, naming the action and scope, and creates nothing', async () => {
    const backend = await harness.start();
    const before = jobNames();
    const run = await backend.run(
      ID,
      { ...JOB, code: undefined },
      { token: await harness.token('carol'), user: 'user:default/carol' },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/jobs\/write' on scope '\/subscriptions\/.*\/jobs\/vision-training_[0-9a-f]{10}': Submit job .* needs a role assignment that grants this action; ask an owner of the scope for access \(AuthorizationFailed, correlation id [0-9a-f-]+\)$/,
    );
    expect(jobNames()).toEqual(before);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy, e.errorCode])).toEqual([
      ['initiated', undefined, undefined],
      ['denied', 'azure', 'AuthorizationFailed'],
    ]);
  });

  it('removes the code asset it registered when Azure fails the job', async () => {
    const backend = await harness.start();
    const faults = harness.emulator.ctx.faults;
    const before = jobNames();
    const logger = new RecordingLogger()
      .when(/^Created code asset .* version 1$/, () =>
        Object.assign(faults, { serverErrorRate: 1 }),
      )
      .when(/^Removing /, () => Object.assign(faults, { serverErrorRate: 0 }));
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error!.message).toMatch(
      /^Submit job vision-training_[0-9a-f]{10} to workspace mlw-vision failed: Azure answered 500 InternalServerError/,
    );
    expect(run.error!.message).toMatch(
      /Removed what this step had created: code asset vision-training_[0-9a-f]{10}-code version 1, code asset vision-training_[0-9a-f]{10}-code\.$/,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.errorCode])).toEqual([
      ['initiated', undefined],
      ['failed', 'InternalServerError'],
    ]);
  }, 30_000);

  it('cancels and deletes the job, and its code, when Azure fails while it waits', async () => {
    const backend = await harness.start();
    const faults = harness.emulator.ctx.faults;
    const before = jobNames();
    const logger = new RecordingLogger()
      .when(/^Submitted job /, () =>
        Object.assign(faults, { serviceUnavailableRate: 1 }),
      )
      .when(/^Removing /, () =>
        Object.assign(faults, { serviceUnavailableRate: 0 }),
      );
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^Read job vision-training_\w+ failed: /,
    );
    expect(run.error!.message).toMatch(
      /Removed what this step had created: job vision-training_\w+, code asset vision-training_\w+-code version 1, code asset vision-training_\w+-code\.$/,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
  }, 60_000);

  it('gives up with a clear message when the job is not queued in time, and removes it', async () => {
    const backend = await harness.start();
    const before = jobNames();
    const logger = new RecordingLogger().when(/^Submitted job /, () => {
      // Azure keeps the job preparing, e.g. while the cluster scales up.
      for (const [id, timeline] of state().jobTimelines) {
        if (id.includes('/jobs/vision-training_')) {
          timeline.pendingStatus = 'Preparing';
          timeline.startOffsetMs += 3_600_000;
        }
      }
    });
    const run = await backend.run(
      ID,
      { ...JOB, startTimeoutSeconds: 1 },
      { token: await harness.token('bob'), logger },
    );
    expect(run.error).toMatchObject({ name: 'OperationTimeoutError' });
    expect(run.error!.message).toMatch(
      /^Job vision-training_\w+ was still Preparing after 1 s, and the action waits 1 s for a job to be queued; check the compute's quota and state, or raise startTimeoutSeconds\. Removed what this step had created: job /,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    const messages = run.logger.lines.map(l => l.message);
    expect(messages.some(m => /is Preparing \(after 0 s\)$/.test(m))).toBe(
      true,
    );
  }, 30_000);

  it('keeps a job that fails before it is queued, so its logs say why', async () => {
    const backend = await harness.start();
    const logger = new RecordingLogger().when(/^Submitted job /, () => {
      for (const [id, timeline] of state().jobTimelines) {
        if (id.includes('/jobs/vision-training_')) {
          timeline.finalStatus = 'Failed';
          timeline.startOffsetMs =
            harness.emulator.ctx.now() - state().epochMs - 2000;
          timeline.durationMs = 1000;
        }
      }
    });
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
      logger,
    });
    expect(run.error).toMatchObject({ name: 'JobEndedError' });
    expect(run.error!.message).toMatch(
      /^Job (vision-training_\w+) is Failed before it was queued; it is kept, so its logs in Azure ML studio say why\.$/,
    );
    const jobName = /^Job (\S+)/.exec(run.error!.message)![1];
    expect(job(jobName)).toBeDefined();
    expect((await backend.auditEvents()).map(e => e.outcome)).toEqual([
      'initiated',
      'failed',
    ]);
  });

  it('resolves and checks everything in a dry run, and writes nothing', async () => {
    const backend = await harness.start();
    const before = jobNames();
    const run = await backend.run(ID, JOB, {
      token: await harness.token('bob'),
      isDryRun: true,
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      status: 'NotStarted',
      portalUrl: expect.stringMatching(
        /^\/catalog\/default\/system\/mlw-vision\/azure-ml\/jobs\/vision-training_/,
      ),
    });
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
