/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { demoIds } from '@internal/azure-emulator/testing';
import {
  RecordingLogger,
  useActionsTestHarness,
} from '../../__testUtils__/actionsTestHarness';

const ID = 'azure:identity:federate';
const MI = demoIds.managedIdentity('vision-ci-mi');
const SUBSCRIPTION = demoIds.subscription('contoso-ml-prod');
const CONTOSO = demoIds.tenant('contoso');
const IDENTITY = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vision/providers/Microsoft.ManagedIdentity/userAssignedIdentities/vision-ci-mi`;
const CREDENTIALS =
  'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials';
const INPUT = {
  identity: IDENTITY,
  name: 'vision-training-main',
  repository: 'contoso/vision-training',
  branch: 'main',
};

describe('azure:identity:federate', () => {
  const harness = useActionsTestHarness();
  const credentials = () =>
    harness.emulator.ctx.state.listChildren(IDENTITY, CREDENTIALS).map(c => ({
      name: c.name,
      ...(c.properties as {
        issuer: string;
        subject: string;
        audiences: string[];
      }),
    }));

  it('lets a repository’s CI sign in as the identity, and outputs what azure/login takes', async () => {
    const backend = await harness.start();
    const run = await backend.run(ID, INPUT, {
      token: await harness.token('alice'),
      user: 'user:default/alice',
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      clientId: MI.clientId,
      tenantId: CONTOSO,
      subscriptionId: SUBSCRIPTION,
      principalId: MI.principalId,
      credentialId: `${IDENTITY}/federatedIdentityCredentials/vision-training-main`,
      credentialName: 'vision-training-main',
      subject: 'repo:contoso/vision-training:ref:refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      created: true,
    });
    expect(credentials()).toEqual([
      {
        name: 'vision-training-main',
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:contoso/vision-training:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange'],
      },
    ]);
    expect(backend.permissionRequests).toEqual([
      {
        permission: expect.objectContaining({
          name: 'azureMl.identity.federate',
          type: 'basic',
        }),
      },
    ]);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.action, e.outcome])).toEqual([
      ['identity.federate', 'initiated'],
      ['identity.federate', 'succeeded'],
    ]);
    expect(events[0]).toMatchObject({
      targetResourceId: `${IDENTITY}/federatedIdentityCredentials/vision-training-main`,
      actor: { userEntityRef: 'user:default/alice' },
      parameters: expect.objectContaining({
        subject: 'repo:contoso/vision-training:ref:refs/heads/main',
      }),
    });
    expect(events[0].workspaceId).toBeUndefined();
  });

  it('changes nothing when run again with the same credential', async () => {
    const backend = await harness.start();
    const token = await harness.token('alice');
    await backend.run(ID, INPUT, { token, user: 'user:default/alice' });
    const again = await backend.run(ID, INPUT, {
      token,
      user: 'user:default/alice',
    });
    expect(again.error).toBeUndefined();
    expect(again.outputs).toMatchObject({
      clientId: MI.clientId,
      created: false,
    });
    expect(credentials()).toHaveLength(1);
    expect((await backend.auditEvents()).map(e => e.outcome)).toEqual([
      'initiated',
      'succeeded',
    ]);
  });

  it('takes a subject as it is, e.g. a deployment environment', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      {
        identity: IDENTITY,
        name: 'vision-training-prod',
        subject: 'repo:contoso/vision-training:environment:production',
      },
      { token: await harness.token('alice'), user: 'user:default/alice' },
    );
    expect(run.error).toBeUndefined();
    expect(credentials().map(c => c.subject)).toEqual([
      'repo:contoso/vision-training:environment:production',
    ]);
  });

  it.each([
    [
      'both a subject and a repository',
      { subject: 'repo:contoso/x:ref:refs/heads/main' },
      'subject: give either subject or repository',
    ],
    [
      'a branch and an environment',
      { environment: 'production' },
      'give at most one of branch, tag, environment and pullRequest',
    ],
    [
      'an identity that is not a managed identity',
      { identity: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vision` },
      'identity: must be the ARM id of a user-assigned managed identity',
    ],
    [
      'an http issuer',
      { issuer: 'http://token.example.com' },
      'issuer: must be an https URL',
    ],
    ['a one-letter name', { name: 'x' }, 'name: must be 3-120 letters'],
  ])('refuses %s and creates nothing', async (_, change, problem) => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { ...INPUT, ...change },
      { token: await harness.token('alice'), user: 'user:default/alice' },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toContain(problem);
    expect(credentials()).toEqual([]);
  });

  it('refuses a managed identity that does not exist', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { ...INPUT, identity: IDENTITY.replace('vision-ci-mi', 'nobody-mi') },
      { token: await harness.token('alice'), user: 'user:default/alice' },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toBe(
      'There is no user-assigned managed identity nobody-mi in resource group rg-vision',
    );
  });

  it('refuses a second credential for a subject the identity trusts already', async () => {
    const backend = await harness.start();
    const token = await harness.token('alice');
    await backend.run(ID, INPUT, { token, user: 'user:default/alice' });
    const run = await backend.run(
      ID,
      { ...INPUT, name: 'vision-training-copy' },
      { token, user: 'user:default/alice' },
    );
    expect(run.error).toMatchObject({ name: 'ConflictError' });
    expect(run.error!.message).toContain(
      'federated credential vision-training-main trusts issuer https://token.actions.githubusercontent.com and subject repo:contoso/vision-training:ref:refs/heads/main already',
    );
    expect(credentials().map(c => c.name)).toEqual(['vision-training-main']);
  });

  it('stops when the Backstage permission policy denies it, and creates nothing', async () => {
    const backend = await harness.start({
      deny: ['azureMl.identity.federate'],
    });
    const run = await backend.run(ID, INPUT, {
      token: await harness.token('alice'),
      user: 'user:default/alice',
    });
    expect(run.error!.message).toBe(
      "Backstage permission policy denied 'azureMl.identity.federate' (create); ask a Backstage administrator for access",
    );
    expect(credentials()).toEqual([]);
    expect(await backend.auditEvents()).toMatchObject([
      { action: 'identity.federate', outcome: 'denied', deniedBy: 'backstage' },
    ]);
  });

  it('passes on Azure’s refusal of a Reader, naming the action and scope, and creates nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(ID, INPUT, {
      token: await harness.token('carol'),
      user: 'user:default/carol',
    });
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain(
      `Azure RBAC denied action 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write' on scope '${IDENTITY}/federatedIdentityCredentials/vision-training-main'`,
    );
    expect(run.error!.message).toContain('AuthorizationFailed');
    expect(credentials()).toEqual([]);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy])).toEqual([
      ['initiated', undefined],
      ['denied', 'azure'],
    ]);
  });

  it('fails clearly, with nothing added, when Azure fails after the identity was read', async () => {
    const backend = await harness.start();
    const logger = new RecordingLogger().when(
      /^Read managed identity vision-ci-mi/,
      () => Object.assign(harness.emulator.ctx.faults, { serverErrorRate: 1 }),
    );
    const run = await backend.run(ID, INPUT, {
      token: await harness.token('alice'),
      user: 'user:default/alice',
      logger,
    });
    Object.assign(harness.emulator.ctx.faults, { serverErrorRate: 0 });
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toMatch(
      /^Add federated credential vision-training-main to managed identity vision-ci-mi failed: Azure answered 500 InternalServerError/,
    );
    expect(credentials()).toEqual([]);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.errorCode])).toEqual([
      ['initiated', undefined],
      ['failed', 'InternalServerError'],
    ]);
  }, 30_000);

  it('reads the identity but adds nothing in a dry run', async () => {
    const backend = await harness.start();
    const run = await backend.run(ID, INPUT, {
      token: await harness.token('alice'),
      user: 'user:default/alice',
      isDryRun: true,
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      clientId: MI.clientId,
      tenantId: CONTOSO,
      created: false,
    });
    expect(credentials()).toEqual([]);
    expect(await backend.auditEvents()).toEqual([]);
  });
});
