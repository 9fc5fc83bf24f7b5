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

const ID = 'azureml:data:register';
const PATH = 'azureml://datastores/workspaceblobstore/paths/data/vision/new/';

describe('azureml:data:register', () => {
  const harness = useActionsTestHarness();
  const dataId = (name: string, version?: string) =>
    `${VISION.id}/data/${name}${version ? `/versions/${version}` : ''}`;

  it('registers a new data asset as the user, and records it in the audit log', async () => {
    const backend = await harness.start();
    const token = await harness.token('bob');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'vision-new-images',
        type: 'uri_folder',
        path: PATH,
        description: 'New images',
        tags: { team: 'vision' },
      },
      { token },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      id: dataId('vision-new-images', '1'),
      name: 'vision-new-images',
      version: '1',
      assetId: 'azureml:vision-new-images:1',
    });
    const version = harness.emulator.ctx.state.getResource(
      dataId('vision-new-images', '1'),
    )!;
    expect(version.properties).toMatchObject({
      dataType: 'uri_folder',
      dataUri: PATH,
      description: 'New images',
      tags: { team: 'vision' },
    });
    expect(version.systemData?.createdBy).toMatch(/bob/i);
    expect(backend.permissionRequests).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({ name: 'azureMl.data.register' }),
        resourceRef: VISION_ENTITY_REF,
      }),
    ]);
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'succeeded']);
    expect(events[0]).toMatchObject({
      action: 'data.register',
      source: 'scaffolder',
      targetResourceId: dataId('vision-new-images', '1'),
      workspaceId: VISION.id,
      actor: { userEntityRef: 'user:default/bob' },
      parameters: expect.objectContaining({
        name: 'vision-new-images',
        type: 'uri_folder',
        path: PATH,
        taskId: 'task-0001',
        template: 'template:default/new-ml-experiment',
      }),
    });
    expect(events[1].requestId).toBe(events[0].requestId);
    expect(events[1].correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.logger.lines.map(l => l.message)).toContain(
      'Created data asset vision-new-images version 1',
    );
  });

  it('adds the next version to a data asset that exists, by its entity ref', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION_ENTITY_REF, name: 'defect-images', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({ version: '4' });
    expect(harness.exists(dataId('defect-images', '4'))).toBe(true);
  });

  it('refuses invalid input in plain words, and creates nothing', async () => {
    const backend = await harness.start();
    const token = await harness.token('bob');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'bad name',
        type: 'csv',
        path: '/local/folder',
      },
      { token },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toContain(
      `Invalid input for ${ID}, nothing was done`,
    );
    expect(run.error!.message).toContain(
      'name: data asset name "bad name" contains whitespace',
    );
    expect(run.error!.message).toContain('type: ');
    expect(run.error!.message).toContain('path: must be a datastore path');
    expect(await backend.auditEvents()).toEqual([]);
  });

  it('refuses a version that exists, as versions cannot change', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'defect-images', version: '2', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'ConflictError' });
    expect(run.error!.message).toContain(
      'data asset defect-images already has a version 2',
    );
    expect(await backend.auditEvents()).toEqual([]);
  });

  it('refuses a version of another data type than the asset holds', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'defect-images',
        type: 'uri_file',
        path: PATH,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'InputError' });
    expect(run.error!.message).toContain('holds uri_folder versions');
    expect(harness.exists(dataId('defect-images', '4'))).toBe(false);
  });

  it('names the missing task secret without a token, and does nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(ID, {
      workspace: VISION.id,
      name: 'vision-new-images',
      path: PATH,
    });
    expect(run.error).toMatchObject({ name: 'AuthenticationError' });
    expect(run.error!.message).toContain("no secret 'azureMlUserToken'");
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(backend.permissionRequests).toEqual([]);
  });

  it('refuses a token that is not a valid Entra token for the portal, and does nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: 'not-a-token' },
    );
    expect(run.error).toMatchObject({ name: 'AuthenticationError' });
    expect(run.error!.message).toMatch(/^Malformed Azure access token/);
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(backend.permissionRequests).toEqual([]);
  });

  it('stops when the Backstage permission policy denies it, records the refusal and creates nothing', async () => {
    const backend = await harness.start({ deny: ['azureMl.data.register'] });
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toBe(
      `Backstage permission policy denied 'azureMl.data.register' (create) on ${VISION_ENTITY_REF}; ask a Backstage administrator for access`,
    );
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    const events = await backend.auditEvents();
    expect(events).toMatchObject([
      { outcome: 'denied', deniedBy: 'backstage' },
    ]);
  });

  it('fails closed when the workspace has no catalog entity', async () => {
    const backend = await harness.start({ entities: [] });
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain('has no catalog entity');
    expect(backend.permissionRequests).toEqual([]);
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(await backend.auditEvents()).toMatchObject([
      {
        outcome: 'denied',
        deniedBy: 'backstage',
        errorCode: 'NotAllowedError',
      },
    ]);
  });

  it('passes on Azure’s refusal of a Reader, naming the action and scope, and creates nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('carol'), user: 'user:default/carol' },
    );
    expect(run.error).toMatchObject({ name: 'NotAllowedError' });
    expect(run.error!.message).toContain(
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/data/write'",
    );
    expect(run.error!.message).toContain('AuthorizationFailed');
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    const events = await backend.auditEvents();
    expect(events.map(e => [e.outcome, e.deniedBy])).toEqual([
      ['initiated', undefined],
      ['denied', 'azure'],
    ]);
    expect(events[1]).toMatchObject({ errorCode: 'AuthorizationFailed' });
  });

  it('removes the new data asset when Azure fails its version, and says so', async () => {
    const backend = await harness.start();
    const faults = harness.emulator.ctx.faults;
    const logger = new RecordingLogger()
      .when(/^Created data asset vision-new-images in/, () =>
        Object.assign(faults, { serverErrorRate: 1 }),
      )
      .when(/^Removing /, () => Object.assign(faults, { serverErrorRate: 0 }));
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob'), logger },
    );
    expect(run.error).toBeDefined();
    expect(run.error!.message).toContain(
      'Create data asset vision-new-images version 1 in workspace mlw-vision failed',
    );
    expect(run.error!.message).toContain('InternalServerError');
    expect(run.error!.message).toContain(
      'Removed what this step had created: data asset vision-new-images.',
    );
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(harness.exists(dataId('vision-new-images', '1'))).toBe(false);
    const events = await backend.auditEvents();
    expect(events.map(e => e.outcome)).toEqual(['initiated', 'failed']);
    expect(events[1]).toMatchObject({ errorCode: 'InternalServerError' });
  }, 30_000);

  it('validates and checks permissions in a dry run, and writes nothing', async () => {
    const backend = await harness.start();
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({ version: '1' });
    expect(backend.permissionRequests).toHaveLength(1);
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(await backend.auditEvents()).toEqual([]);
  });

  it('refuses to act when the audit log cannot record it, before touching Azure', async () => {
    const backend = await harness.start({ withoutAuditLog: true });
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toMatchObject({ name: 'ServiceUnavailableError' });
    expect(run.error!.message).toContain(
      'The Azure ML audit log cannot be written, so nothing was done in Azure',
    );
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
  });
});
