/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectSameShape"] }] */

import {
  AzureMachineLearningWorkspaces,
  type AzureBlobDatastore,
} from '@azure/arm-machinelearning';
import { readFileSync } from 'node:fs';
import type { RunningEmulator } from '../../index';
import { packagePath } from '../../packageRoot';
import { demoIds } from '../../testing/demoIds';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userAccessToken, userCredential } from '../../testing/testTokens';
import { expectSameShape } from './expectSameShape';

const VISION = demoIds.workspace('vision');
const LIST_SECRETS =
  'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action';

function fixtureBody(path: string): any {
  const file = packagePath('fixtures', 'arm-examples', '2024-10-01', path);
  return JSON.parse(readFileSync(file, 'utf8')).responses['200'].body;
}

describe('workspace datastores through the official client', () => {
  let emulator: RunningEmulator;
  const client = (user: string) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user(user)),
      VISION.subscriptionId,
      { endpoint: emulator.urls.https, apiVersion: '2024-10-01' },
    );
  const workspace = () => emulator.ctx.state.getResource(VISION.id)!;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it('has workspaceblobstore, the default, in the workspace’s storage account', async () => {
    const datastore = await client('bob').datastores.get(
      VISION.resourceGroup,
      VISION.name,
      'workspaceblobstore',
    );
    const storageAccount = String(workspace().properties.storageAccount);
    expect(datastore).toMatchObject({
      id: `${VISION.id}/datastores/workspaceblobstore`,
      name: 'workspaceblobstore',
      type: 'Microsoft.MachineLearningServices/workspaces/datastores',
    });
    const properties = datastore.properties as AzureBlobDatastore;
    expect(properties).toMatchObject({
      datastoreType: 'AzureBlob',
      isDefault: true,
      accountName: storageAccount.split('/').pop(),
      containerName: `azureml-blobstore-${workspace().properties.workspaceId}`,
      endpoint: new URL(emulator.urls.https).host,
      protocol: 'https',
      credentials: { credentialsType: 'AccountKey' },
    });
  });

  it('lists the workspace’s datastores, filtered by isDefault', async () => {
    const names = [];
    for await (const d of client('bob').datastores.list(
      VISION.resourceGroup,
      VISION.name,
    )) {
      names.push(d.name);
    }
    expect(names).toEqual(['workspaceblobstore', 'workspaceartifactstore']);
    const defaults = [];
    for await (const d of client('bob').datastores.list(
      VISION.resourceGroup,
      VISION.name,
      { isDefault: true },
    )) {
      defaults.push(d.name);
    }
    expect(defaults).toEqual(['workspaceblobstore']);
  });

  it('answers like Datastore/get.json, list.json and listSecrets.json', async () => {
    const { token } = await userAccessToken(emulator, demoIds.user('bob'));
    const call = async (path: string, method = 'GET') => {
      const response = await fetch(
        `${emulator.urls.https}${VISION.id}${path}?api-version=2024-10-01`,
        { method, headers: { authorization: `Bearer ${token}` } },
      );
      expect(response.status).toBe(200);
      return response.json();
    };
    expectSameShape(
      await call('/datastores/workspaceblobstore'),
      fixtureBody('Datastore/get.json'),
      '$',
    );
    const { nextLink: _lastPage, ...list } = fixtureBody('Datastore/list.json');
    expectSameShape(await call('/datastores'), list, '$');
    expectSameShape(
      await call('/datastores/workspaceblobstore/listSecrets', 'POST'),
      fixtureBody('Datastore/listSecrets.json'),
      '$',
    );
  });

  it('hands a Data Scientist the account key, and records the action', async () => {
    const secrets = await client('bob').datastores.listSecrets(
      VISION.resourceGroup,
      VISION.name,
      'workspaceblobstore',
    );
    expect(secrets.secretsType).toBe('AccountKey');
    expect(
      Buffer.from((secrets as { key: string }).key, 'base64'),
    ).toHaveLength(64);
    expect(
      emulator.ctx.state.activityLog.some(
        e => e.authorization?.action === LIST_SECRETS,
      ),
    ).toBe(true);
  });

  it('refuses a Reader the account key, naming the action and scope', async () => {
    await expect(
      client('carol').datastores.listSecrets(
        VISION.resourceGroup,
        VISION.name,
        'workspaceblobstore',
      ),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        `perform action '${LIST_SECRETS}' over scope '${VISION.id}/datastores/workspaceblobstore'`,
      ),
    });
    // Reading the datastore itself is allowed to a Reader.
    await expect(
      client('carol').datastores.get(
        VISION.resourceGroup,
        VISION.name,
        'workspaceblobstore',
      ),
    ).resolves.toMatchObject({ name: 'workspaceblobstore' });
  });

  it('answers 404 for a datastore the workspace does not have', async () => {
    await expect(
      client('bob').datastores.get(
        VISION.resourceGroup,
        VISION.name,
        'no-such-store',
      ),
    ).rejects.toMatchObject({ statusCode: 404, code: 'UserError' });
  });
});
