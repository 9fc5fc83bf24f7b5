/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userCredential } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';

describe('federated identity credentials through the official client', () => {
  let emulator: RunningEmulator;
  const identity = demoIds.managedIdentity('vision-ci-mi');
  const subscriptionId = demoIds.subscription('contoso-ml-prod');
  const client = (user: string) =>
    new ManagedServiceIdentityClient(
      userCredential(emulator, demoIds.user(user)),
      subscriptionId,
      {
        endpoint: emulator.urls.https,
      },
    );
  const github = {
    issuer: 'https://token.actions.githubusercontent.com',
    subject: 'repo:contoso/vision-training:ref:refs/heads/main',
    audiences: ['api://AzureADTokenExchange'],
  };
  const list = async (user: string) => {
    const all = [];
    for await (const c of client(user).federatedIdentityCredentials.list(
      identity.resourceGroup,
      identity.name,
    ))
      all.push(c);
    return all;
  };

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it('reads a user-assigned identity', async () => {
    const mi = await client('dave').userAssignedIdentities.get(
      identity.resourceGroup,
      identity.name,
    );
    expect(mi).toMatchObject({
      name: identity.name,
      clientId: identity.clientId,
      principalId: identity.principalId,
    });
  });

  it('lets an owner add, list and delete a credential for a repository CI', async () => {
    const created = await client(
      'alice',
    ).federatedIdentityCredentials.createOrUpdate(
      identity.resourceGroup,
      identity.name,
      'vision-training-main',
      github,
    );
    expect(created).toMatchObject({ name: 'vision-training-main', ...github });
    expect((await list('dave')).map(c => [c.name, c.subject])).toEqual([
      ['vision-training-main', github.subject],
    ]);

    await client('alice').federatedIdentityCredentials.delete(
      identity.resourceGroup,
      identity.name,
      'vision-training-main',
    );
    expect(await list('dave')).toEqual([]);
  });

  it('refuses a data scientist, and changes nothing', async () => {
    await expect(
      client('bob').federatedIdentityCredentials.createOrUpdate(
        identity.resourceGroup,
        identity.name,
        'sneaky',
        github,
      ),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        "action 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write'",
      ),
    });
    expect(await list('dave')).toEqual([]);
  });

  it.each([
    [
      'an http issuer',
      { ...github, issuer: 'http://example.com' },
      'must use https',
    ],
    [
      'two audiences',
      { ...github, audiences: ['a', 'b'] },
      'exactly one value',
    ],
    ['an empty subject', { ...github, subject: ' ' }, 'non-empty string'],
  ])('rejects %s with a 400 that says why', async (_, body, reason) => {
    await expect(
      client('alice').federatedIdentityCredentials.createOrUpdate(
        identity.resourceGroup,
        identity.name,
        'bad-one',
        body,
      ),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message: expect.stringContaining(reason),
    });
    expect(await list('dave')).toEqual([]);
  });

  it('refuses a second credential with the same issuer and subject', async () => {
    await client('alice').federatedIdentityCredentials.createOrUpdate(
      identity.resourceGroup,
      identity.name,
      'first',
      github,
    );
    await expect(
      client('alice').federatedIdentityCredentials.createOrUpdate(
        identity.resourceGroup,
        identity.name,
        'second',
        github,
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'Conflict' });
  });
});
