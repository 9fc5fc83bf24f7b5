/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { RunningEmulator } from '../../index';
import { demoIds } from '../../testing/demoIds';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userCredential } from '../../testing/testTokens';

const PROD = demoIds.subscription('contoso-ml-prod');
const CODE_URI =
  'https://stvision.blob.core.windows.net/azureml-blobstore/LocalUpload/train/';

describe('code assets through the official client', () => {
  let emulator: RunningEmulator;
  const client = (user: string) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user(user)),
      PROD,
      { endpoint: emulator.urls.https },
    );

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it('registers a code version, creating its container, and deletes both', async () => {
    const bob = client('bob');
    const created = await bob.codeVersions.createOrUpdate(
      'rg-vision',
      'mlw-vision',
      'train-code',
      '1',
      { properties: { codeUri: CODE_URI, description: 'Training code' } },
    );
    expect(created.properties).toMatchObject({
      codeUri: CODE_URI,
      description: 'Training code',
    });
    const container = await bob.codeContainers.get(
      'rg-vision',
      'mlw-vision',
      'train-code',
    );
    expect(container.properties).toMatchObject({
      latestVersion: '1',
      nextVersion: '2',
    });
    await bob.codeVersions.delete('rg-vision', 'mlw-vision', 'train-code', '1');
    await bob.codeContainers.delete('rg-vision', 'mlw-vision', 'train-code');
    await expect(
      bob.codeContainers.get('rg-vision', 'mlw-vision', 'train-code'),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses a version without a codeUri', async () => {
    await expect(
      client('bob').codeVersions.createOrUpdate(
        'rg-vision',
        'mlw-vision',
        'train-code',
        '1',
        { properties: {} },
      ),
    ).rejects.toMatchObject({
      statusCode: 400,
      message: "'properties.codeUri' is required.",
    });
  });

  it('refuses a Reader, naming the action', async () => {
    await expect(
      client('carol').codeVersions.createOrUpdate(
        'rg-vision',
        'mlw-vision',
        'train-code',
        '1',
        { properties: { codeUri: CODE_URI } },
      ),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        "'Microsoft.MachineLearningServices/workspaces/codes/versions/write'",
      ),
    });
  });
});
