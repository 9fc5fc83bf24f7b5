/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AzureMachineLearningWorkspaces,
  type AzureBlobDatastore,
} from '@azure/arm-machinelearning';
import {
  BlobServiceClient,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { demoIds, userCredential } from '@internal/azure-emulator/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  RecordingLogger,
  VISION,
  useActionsTestHarness,
} from '../../__testUtils__/actionsTestHarness';

const ID = 'azureml:job:submit';
const JOBS = 'Microsoft.MachineLearningServices/workspaces/jobs';
const CODES = 'Microsoft.MachineLearningServices/workspaces/codes';
const LIST_SECRETS =
  'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action';
/** The task workspace the test harness gives every action. */
const TASK_WORKSPACE = '/tmp/azure-ml-actions-test';

/** The code the "New ML experiment" template writes, plus what is never uploaded. */
const FILES: Record<string, string> = {
  'src/train.py': 'import argparse\nprint("training")\n',
  'src/model/net.py': 'class Net:\n    pass\n',
  'src/.git/HEAD': 'ref: refs/heads/main\n',
};

/** A job that runs code from a folder of the task workspace. */
const job = (codePath: string) => ({
  workspace: VISION.id,
  experimentName: 'vision-training',
  codePath,
  command: 'python train.py --epochs ${{inputs.epochs}}',
  environment: 'azureml:pytorch-vision-gpu:2',
  compute: 'gpu-cluster',
  inputs: { epochs: 10 },
});

describe('azureml:job:submit with codePath', () => {
  const harness = useActionsTestHarness();
  const state = () => harness.emulator.ctx.state;
  const jobNames = () =>
    state()
      .listChildren(VISION.id, JOBS)
      .map(j => j.name);
  const codeAssets = () =>
    state()
      .listChildren(VISION.id, CODES)
      .map(c => c.name);
  const listSecretsCalls = () =>
    state().activityLog.filter(e => e.authorization.action === LIST_SECRETS);

  /** A folder of its own in the task workspace, holding `files`. */
  let folder: string;
  function writeCode(files: Record<string, string | Buffer> = FILES) {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(folder, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    return path.relative(TASK_WORKSPACE, path.join(folder, 'src'));
  }
  beforeEach(() => {
    mkdirSync(TASK_WORKSPACE, { recursive: true });
    folder = mkdtempSync(path.join(TASK_WORKSPACE, 'code-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** workspaceblobstore's container and account key, read as bob with the official clients. */
  async function blobStore() {
    const ml = new AzureMachineLearningWorkspaces(
      userCredential(harness.emulator, demoIds.user('bob')),
      VISION.subscriptionId,
      { endpoint: harness.emulator.urls.https },
    );
    const { resourceGroup: rg, name: ws } = VISION;
    const store = (await ml.datastores.get(rg, ws, 'workspaceblobstore'))
      .properties as AzureBlobDatastore;
    const { key } = (await ml.datastores.listSecrets(
      rg,
      ws,
      'workspaceblobstore',
    )) as { key: string };
    const container = new BlobServiceClient(
      `https://${store.endpoint}/${store.accountName}`,
      new StorageSharedKeyCredential(store.accountName!, key),
    ).getContainerClient(store.containerName!);
    return { container, key };
  }

  /** The blobs below `prefix` of workspaceblobstore, with their contents. */
  async function blobsOf(prefix: string): Promise<Record<string, string>> {
    const { container } = await blobStore();
    const blobs: Record<string, string> = {};
    for await (const blob of container.listBlobsFlat({ prefix })) {
      const content = await container
        .getBlockBlobClient(blob.name)
        .downloadToBuffer();
      blobs[blob.name.slice(prefix.length)] = content.toString('utf8');
    }
    return blobs;
  }

  it('uploads the folder as the user, registers it as the code asset and submits the job with it', async () => {
    const backend = await harness.start();
    const codePath = writeCode();
    const run = await backend.run(ID, job(codePath), {
      token: await harness.token('bob'),
    });
    expect(run.error).toBeUndefined();
    const jobName = String(run.outputs.jobName);
    const codeVersionId = `${VISION.id}/codes/${jobName}-code/versions/1`;
    expect(
      state().getResource(`${VISION.id}/jobs/${jobName}`)?.properties,
    ).toMatchObject({ codeId: codeVersionId });

    // The account key was read with the user's token, not the portal's.
    const bob = state().users.get(demoIds.user('bob'))!;
    expect(listSecretsCalls().map(e => [e.caller, e.status.value])).toEqual([
      [bob.userPrincipalName, 'Started'],
      [bob.userPrincipalName, 'Succeeded'],
    ]);

    const workspace = state().getResource(VISION.id)!;
    const account = String(workspace.properties.storageAccount)
      .split('/')
      .pop();
    const container = `azureml-blobstore-${workspace.properties.workspaceId}`;
    const codeUri = String(
      state().getResource(codeVersionId)?.properties.codeUri,
    );
    const [, hash] = /\/LocalUpload\/([0-9a-f]{32})\/src$/.exec(codeUri) ?? [];
    expect(codeUri).toBe(
      `${harness.emulator.urls.https}/${account}/${container}/LocalUpload/${hash}/src`,
    );
    expect(await blobsOf(`LocalUpload/${hash}/src/`)).toEqual({
      'model/net.py': FILES['src/model/net.py'],
      'train.py': FILES['src/train.py'],
    });

    const messages = run.logger.lines.map(l => l.message);
    expect(messages).toContain(
      `Uploading 2 files (54 bytes) from ${codePath} to datastore workspaceblobstore (${codeUri}) as ${bob.userPrincipalName}`,
    );
    expect(messages).toContain(`Uploaded 2 files (54 bytes) to ${codeUri}`);
    const { key } = await blobStore();
    expect(messages.join('\n')).not.toContain(key);
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'succeeded']);
    expect(events[0].parameters).toMatchObject({ codePath });
  });

  it('uploads the same files to the same place again', async () => {
    const backend = await harness.start();
    const codePath = writeCode();
    const token = await harness.token('bob');
    const uris = [];
    for (const name of ['vision_code_1', 'vision_code_2']) {
      const run = await backend.run(ID, { ...job(codePath), name }, { token });
      expect(run.error).toBeUndefined();
      uris.push(
        state().getResource(`${VISION.id}/codes/${name}-code/versions/1`)
          ?.properties.codeUri,
      );
    }
    expect(uris[1]).toBe(uris[0]);
  });

  it('stops a Reader at the account key, naming the action, and creates nothing', async () => {
    const backend = await harness.start();
    const codePath = writeCode();
    const before = jobNames();
    const run = await backend.run(ID, job(codePath), {
      token: await harness.token('carol'),
      user: 'user:default/carol',
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/datastores\/listsecrets\/action' on scope '\/subscriptions\/[^']+\/workspaces\/mlw-vision\/datastores\/workspaceblobstore': Read the account key of datastore workspaceblobstore in workspace mlw-vision \(to upload the code\) needs a role assignment that grants this action; ask an owner of the scope for access \(AuthorizationFailed, correlation id [0-9a-f-]+\)$/,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    expect(await blobsOf('LocalUpload/')).toEqual({});
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy, e.errorCode])).toEqual([
      ['initiated', undefined, undefined],
      ['denied', 'azure', 'AuthorizationFailed'],
    ]);
  });

  it.each([
    [
      'a path that climbs out of the task workspace',
      { codePath: '../etc' },
      'codePath: must stay inside the task workspace: ".." is not allowed',
    ],
    [
      'an absolute path',
      { codePath: '/etc' },
      'codePath: must be a folder relative to the task workspace, e.g. ./src, not an absolute path',
    ],
    [
      'a folder that does not exist',
      { codePath: 'no-such-folder' },
      'codePath no-such-folder is not a folder in the task workspace',
    ],
    [
      'both code and codePath',
      {
        codePath: 'src',
        code: 'azureml://datastores/workspaceblobstore/paths/code/x/',
      },
      'Invalid input for azureml:job:submit, nothing was done: code, codePath: give one of them, not both',
    ],
  ])(
    'refuses %s in plain words, and creates nothing',
    async (_, change, problem) => {
      const backend = await harness.start();
      writeCode();
      const before = jobNames();
      const run = await backend.run(
        ID,
        { ...job('src'), ...change },
        { token: await harness.token('bob') },
      );
      expect(run.error).toMatchObject({ name: 'InputError' });
      expect(run.error!.message).toContain(problem);
      expect(jobNames()).toEqual(before);
      expect(codeAssets()).toEqual([]);
      expect(listSecretsCalls()).toEqual([]);
      expect(await blobsOf('LocalUpload/')).toEqual({});
      expect(await backend.auditEvents()).toEqual([]);
    },
  );

  it('fails clearly when storage fails during the upload, and leaves no code asset or job', async () => {
    const backend = await harness.start();
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`src/part_${i}.py`, `x = ${i}\n`]),
    );
    const codePath = writeCode(many);
    const before = jobNames();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger().when(/^Uploaded part_/, () =>
      Object.assign(faults, { serverErrorRate: 1 }),
    );
    const run = await backend.run(ID, job(codePath), {
      token: await harness.token('bob'),
      logger,
    });
    Object.assign(faults, { serverErrorRate: 0 });
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^Upload part_\d+\.py of the code to azureml-blobstore-[0-9a-f-]+\/LocalUpload\/[0-9a-f]{32}\/src\/part_\d+\.py failed: Azure answered 500: Server encountered an internal error\. Please try again after some time\. \(Injected by the emulator\.\) \(InternalError, correlation id [0-9a-f-]+\)$/,
    );
    expect(jobNames()).toEqual(before);
    expect(codeAssets()).toEqual([]);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.errorCode])).toEqual([
      ['initiated', undefined],
      ['failed', 'InternalError'],
    ]);
  }, 30_000);

  it('lists what it would upload in a dry run, and uploads nothing', async () => {
    const backend = await harness.start();
    const codePath = writeCode();
    const run = await backend.run(ID, job(codePath), {
      token: await harness.token('bob'),
      isDryRun: true,
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({ status: 'NotStarted' });
    const messages = run.logger.lines.map(l => l.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^Dry run: would upload 2 files \\(54 bytes\\) from ${codePath} to datastore workspaceblobstore \\(https://.+/LocalUpload/[0-9a-f]{32}/src\\):$`,
          ),
        ),
        '  model/net.py (20 bytes)',
        '  train.py (34 bytes)',
      ]),
    );
    expect(listSecretsCalls()).toEqual([]);
    expect(await blobsOf('LocalUpload/')).toEqual({});
    expect(codeAssets()).toEqual([]);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
