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

const ID = 'azureml:environment:create';
const CONDA = `name: vision-training
channels: [conda-forge]
dependencies:
  - python=3.10
  - pip
  - pip: [mlflow, azureml-mlflow]
`;

describe('azureml:environment:create', () => {
  const harness = useActionsTestHarness();
  const environmentId = (name: string, version?: string) =>
    `${VISION.id}/environments/${name}${version ? `/versions/${version}` : ''}`;

  it('creates an environment from a conda file on the default base image, as the user', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      {
        workspace: VISION_ENTITY_REF,
        name: 'vision-training',
        condaFile: CONDA,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      id: environmentId('vision-training', '1'),
      name: 'vision-training',
      version: '1',
      assetId: 'azureml:vision-training:1',
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
    });
    const version = harness.emulator.ctx.state.getResource(
      environmentId('vision-training', '1'),
    )!;
    expect(version.properties).toMatchObject({
      condaFile: CONDA,
      image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
      osType: 'Linux',
    });
    expect(version.systemData?.createdBy).toMatch(/bob/i);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.action, e.outcome])).toEqual([
      ['environment.create', 'initiated'],
      ['environment.create', 'succeeded'],
    ]);
    expect(events[0].targetResourceId).toBe(
      environmentId('vision-training', '1'),
    );
  });

  it('adds the next version of an environment from an image', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'pytorch-vision-gpu',
        image: 'mcr.microsoft.com/azureml/curated/acpt-pytorch-2.2-cuda12.1:18',
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs.version).toBe('3');
    expect(
      harness.emulator.ctx.state.getResource(
        environmentId('pytorch-vision-gpu', '3'),
      )?.properties.image,
    ).toBe('mcr.microsoft.com/azureml/curated/acpt-pytorch-2.2-cuda12.1:18');
  });

  it.each([
    [
      'neither an image nor a conda file',
      {},
      'image: give an image, a condaFile, or both',
    ],
    [
      'a conda file without dependencies',
      { condaFile: 'name: x\n' },
      'condaFile: must be a conda environment file with a list of dependencies',
    ],
    [
      'a conda file that is no YAML',
      { condaFile: 'dependencies: [python\n  - :' },
      'condaFile: is not YAML',
    ],
    [
      'an image reference with spaces',
      { image: 'my image:latest' },
      'image: must be a Docker image reference',
    ],
  ])('refuses %s and creates nothing', async (_, extra, problem) => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-training', ...extra },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toContain(problem);
    expect(harness.exists(environmentId('vision-training'))).toBe(false);
  });

  it('stops when the Backstage permission policy denies it', async () => {
    const backend = await harness.start({
      deny: ['azureMl.environment.create'],
    });
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-training', condaFile: CONDA },
      { token: await harness.token('bob') },
    );
    expect(run.error!.message).toBe(
      `Backstage permission policy denied 'azureMl.environment.create' (create) on ${VISION_ENTITY_REF}; ask a Backstage administrator for access`,
    );
    expect(harness.exists(environmentId('vision-training'))).toBe(false);
  });

  it('passes on Azure’s refusal of a Reader and creates nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-training', condaFile: CONDA },
      { token: await harness.token('carol'), user: 'user:default/carol' },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain(
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/environments/write'",
    );
    expect(harness.exists(environmentId('vision-training'))).toBe(false);
  });

  it('removes the new environment when Azure fails its version', async () => {
    const backend = await harness.start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Created environment vision-training in/, () =>
        Object.assign(faults, { serviceUnavailableRate: 1 }),
      )
      .when(/^Removing /, () =>
        Object.assign(faults, { serviceUnavailableRate: 0 }),
      );
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-training', condaFile: CONDA },
      { token: await harness.token('bob'), logger },
    );
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toContain(
      'Create environment vision-training version 1 in workspace mlw-vision failed',
    );
    expect(run.error!.message).toContain(
      'Removed what this step had created: environment vision-training.',
    );
    expect(harness.exists(environmentId('vision-training'))).toBe(false);
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'failed']);
    expect(events[1].errorCode).toBe('ServiceUnavailable');
  }, 30_000);

  it('writes nothing in a dry run', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-training', condaFile: CONDA },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs.assetId).toBe('azureml:vision-training:1');
    expect(harness.exists(environmentId('vision-training'))).toBe(false);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
