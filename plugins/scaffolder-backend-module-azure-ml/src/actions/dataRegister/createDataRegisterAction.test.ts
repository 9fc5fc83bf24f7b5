/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC } from '@azure-ml-backstage/plugin-azure-ml-node';
import { AZURE_ML_RESOURCE_ID_ANNOTATION } from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { EventParams } from '@backstage/plugin-events-node';
import { demoIds } from '@internal/azure-emulator/testing';
import {
  RecordingLogger,
  VISION,
  VISION_ENTITY_REF,
  useActionsTestHarness,
  workspaceEntity,
} from '../../__testUtils__/actionsTestHarness';

const ID = 'azureml:data:register';
const PATH = 'azureml://datastores/workspaceblobstore/paths/data/vision/new/';
const CONTOSO = demoIds.tenant('contoso');

/** A data asset's entity, as the catalog module makes it. */
function dataEntity(name: string, resourceId: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [AZURE_ML_RESOURCE_ID_ANNOTATION]: resourceId },
    },
    spec: {
      type: 'azure-ml-data',
      owner: 'group:default/data-platform',
      system: 'mlw-vision',
    },
  };
}

/** An events service that keeps what the module publishes on the topic. */
async function recordingEvents() {
  const events = mockServices.events();
  const published: EventParams[] = [];
  await events.subscribe({
    id: 'test',
    topics: [AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC],
    onEvent: async params => {
      published.push(params);
    },
  });
  return { events, published };
}

describe('azureml:data:register', () => {
  const harness = useActionsTestHarness();
  const dataId = (name: string, version?: string) =>
    `${VISION.id}/data/${name}${version ? `/versions/${version}` : ''}`;
  const studioUrl = (name: string, version: string) =>
    `https://ml.azure.com/data/${name}/${version}/details?wsid=${encodeURIComponent(
      VISION.id,
    )}&tid=${CONTOSO}`;

  it('registers a new data asset as the user, records it in the audit log, tells the catalog and outputs its entity', async () => {
    const announced = await recordingEvents();
    const backend = await harness.start({
      events: announced.events,
      entities: [
        workspaceEntity('mlw-vision', VISION.id),
        dataEntity(
          'mlw-vision-data-vision-new-images',
          dataId('vision-new-images'),
        ),
      ],
    });
    const token = await harness.token('bob');
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'vision-new-images',
        type: 'uri_folder',
        path: PATH,
        description: 'New images',
        tags: { team: 'vision', owner: 'group:default/data-platform' },
      },
      { token },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      id: dataId('vision-new-images', '1'),
      name: 'vision-new-images',
      version: '1',
      assetId: 'azureml:vision-new-images:1',
      tenantId: CONTOSO,
      studioUrl: studioUrl('vision-new-images', '1'),
      portalUrl: '/catalog/default/resource/mlw-vision-data-vision-new-images',
      entityRef: 'resource:default/mlw-vision-data-vision-new-images',
    });
    // The owner tag the catalog module reads is on the new asset.
    expect(
      harness.emulator.ctx.state.getResource(dataId('vision-new-images'))!
        .properties.tags,
    ).toEqual({ team: 'vision', owner: 'group:default/data-platform' });
    expect(announced.published).toEqual([
      {
        topic: AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC,
        eventPayload: { workspaceId: VISION.id },
      },
    ]);
    const messages = run.logger.lines.map(l => l.message);
    expect(
      messages.indexOf(`Told the catalog that workspace ${VISION.id} changed`),
    ).toBeGreaterThan(
      messages.indexOf('Created data asset vision-new-images version 1'),
    );
    expect(messages).toContain(
      'The catalog shows data asset vision-new-images as resource:default/mlw-vision-data-vision-new-images',
    );
    const version = harness.emulator.ctx.state.getResource(
      dataId('vision-new-images', '1'),
    )!;
    expect(version.properties).toMatchObject({
      dataType: 'uri_folder',
      dataUri: PATH,
      description: 'New images',
      tags: { team: 'vision', owner: 'group:default/data-platform' },
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
    const backend = await harness.start({
      entities: [
        workspaceEntity('mlw-vision', VISION.id),
        dataEntity('mlw-vision-data-defect-images', dataId('defect-images')),
      ],
    });
    const run = await backend.run(
      ID,
      { workspace: VISION_ENTITY_REF, name: 'defect-images', path: PATH },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toMatchObject({
      version: '4',
      studioUrl: studioUrl('defect-images', '4'),
      entityRef: 'resource:default/mlw-vision-data-defect-images',
    });
    expect(harness.exists(dataId('defect-images', '4'))).toBe(true);
  });

  it('succeeds without entityRef, with a warning, when the catalog does not show the asset in time', async () => {
    const { events, published } = await recordingEvents();
    const backend = await harness.start({ events });
    const started = Date.now();
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'vision-new-images',
        path: PATH,
        catalogWaitSeconds: 1,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(harness.exists(dataId('vision-new-images', '1'))).toBe(true);
    expect(published).toHaveLength(1);
    expect(run.outputs).toEqual({
      id: dataId('vision-new-images', '1'),
      name: 'vision-new-images',
      version: '1',
      assetId: 'azureml:vision-new-images:1',
      tenantId: CONTOSO,
      studioUrl: studioUrl('vision-new-images', '1'),
      portalUrl: '/catalog/default/system/mlw-vision/azure-ml/data',
    });
    expect(run.logger.lines).toContainEqual({
      level: 'info',
      message: `Waiting up to 1 s for the catalog entity of data asset vision-new-images (annotation ${AZURE_ML_RESOURCE_ID_ANNOTATION}: ${dataId(
        'vision-new-images',
      )})`,
    });
    expect(run.logger.lines.filter(l => l.level === 'warn')).toEqual([
      {
        level: 'warn',
        message:
          'The catalog showed no entity of data asset vision-new-images within 1 s; it appears once the catalog has read the workspace again, so no entityRef is output',
      },
    ]);
  });

  it('succeeds, with a warning, when the catalog cannot be told', async () => {
    const backend = await harness.start({
      events: {
        publish: async () => {
          throw new Error('The events backend is down');
        },
        subscribe: async () => {},
      },
    });
    const run = await backend.run(
      ID,
      {
        workspace: VISION.id,
        name: 'vision-new-images',
        path: PATH,
        catalogWaitSeconds: 0,
      },
      { token: await harness.token('bob') },
    );
    expect(run.error).toBeUndefined();
    expect(harness.exists(dataId('vision-new-images', '1'))).toBe(true);
    expect(run.logger.lines.filter(l => l.level === 'warn')).toEqual([
      {
        level: 'warn',
        message: `Could not tell the catalog that workspace ${VISION.id} changed; it shows the change after its next scheduled run: Error: The events backend is down`,
      },
      expect.objectContaining({
        message: expect.stringMatching(
          /^The catalog showed no entity of data asset vision-new-images within 0 s/,
        ),
      }),
    ]);
    expect(await backend.auditEvents()).toMatchObject([
      { outcome: 'initiated' },
      { outcome: 'succeeded' },
    ]);
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
    const announced = await recordingEvents();
    const backend = await harness.start({
      deny: ['azureMl.data.register'],
      events: announced.events,
    });
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
    expect(announced.published).toEqual([]);
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

  it('passes on Azure’s refusal of a Reader, naming the action and scope, creates nothing and tells the catalog nothing', async () => {
    const announced = await recordingEvents();
    const backend = await harness.start({ events: announced.events });
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
    expect(announced.published).toEqual([]);
  });

  it('removes the new data asset when Azure fails its version, says so, and tells the catalog nothing', async () => {
    const announced = await recordingEvents();
    const backend = await harness.start({ events: announced.events });
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
    expect(announced.published).toEqual([]);
  }, 30_000);

  it('validates and checks permissions in a dry run, writes nothing and tells the catalog nothing', async () => {
    const { events, published } = await recordingEvents();
    const backend = await harness.start({ events });
    const run = await backend.run(
      ID,
      { workspace: VISION.id, name: 'vision-new-images', path: PATH },
      { token: await harness.token('bob'), isDryRun: true },
    );
    expect(run.error).toBeUndefined();
    expect(run.outputs).toEqual({
      id: dataId('vision-new-images', '1'),
      name: 'vision-new-images',
      version: '1',
      assetId: 'azureml:vision-new-images:1',
      tenantId: CONTOSO,
      studioUrl: studioUrl('vision-new-images', '1'),
      portalUrl: '/catalog/default/system/mlw-vision/azure-ml/data',
    });
    expect(backend.permissionRequests).toHaveLength(1);
    expect(harness.exists(dataId('vision-new-images'))).toBe(false);
    expect(await backend.auditEvents()).toEqual([]);
    expect(published).toEqual([]);
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
