/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectSameShape", "expectListShape"] }] */

import { readFileSync } from 'node:fs';
import type { RunningEmulator } from '../../index';
import { packagePath } from '../../packageRoot';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userAccessToken } from '../../testing/testTokens';
import { expectSameShape } from './expectSameShape';

const ALICE = '22222222-0000-4000-8000-000000000001';
const SUBSCRIPTION = '55555555-0000-4000-8000-000000000001';
const PROVIDER = 'providers/Microsoft.MachineLearningServices';
const WORKSPACE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vision/${PROVIDER}/workspaces/mlw-vision`;

function fixtureBody(path: string): any {
  const file = packagePath('fixtures', 'arm-examples', '2024-10-01', path);
  return JSON.parse(readFileSync(file, 'utf8')).responses['200'].body;
}

/** Extra keys of a workspace: in the 2024-10-01 schema, left out of the example. */
const WORKSPACE_EXTRAS = {
  '$.kind': 'Workspace.kind: the schema has it; the example leaves it out',
  '$.tags': 'TrackedResource.tags: the demo workspaces carry owner tags',
  '$.sku': 'Workspace.sku: every workspace has one (Basic)',
  '$.systemData': 'Resource.systemData: ARM adds it to every resource',
  '$.properties.workspaceId':
    'read-only WorkspaceProperties.workspaceId, the GUID Azure ML identifies the workspace by',
  '$.properties.mlFlowTrackingUri':
    'read-only WorkspaceProperties.mlFlowTrackingUri: where MLflow clients track (the emulator serves it)',
  '$.properties.provisioningState':
    'read-only WorkspaceProperties.provisioningState',
  '$.properties.tenantId': 'read-only WorkspaceProperties.tenantId',
  '$.properties.v1LegacyMode':
    'WorkspaceProperties.v1LegacyMode, false unless set',
  '$.properties.storageHnsEnabled':
    'read-only WorkspaceProperties.storageHnsEnabled',
};

/** Asset container keys the service returns that the examples leave out. */
const CONTAINER_EXTRAS = {
  '$.properties.properties':
    'ResourceBase.properties: the asset property dictionary',
  '$.properties.isArchived':
    'AssetContainer.isArchived: what listViewType filters on',
  '$.properties.latestVersion': 'read-only AssetContainer.latestVersion',
  '$.properties.nextVersion': 'read-only AssetContainer.nextVersion',
};

/** Every key path of a body, as `shapeDifferences` names them below `prefix`. */
function keyPaths(body: any, prefix: string): string[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([key, value]) => [
    `${prefix}.${key}`,
    ...keyPaths(value, `${prefix}.${key}`),
  ]);
}

/** `{ value: [...] }` extras from an item's extras. */
function asListItems(extras: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(extras).map(([path, why]) => [
      path.replace(/^\$/, '$.value[]'),
      why,
    ]),
  );
}

/** A list fixture without `nextLink` when the emulator answered a last page. */
function pageFixture(fixture: any, actual: any): any {
  if ('nextLink' in actual) return fixture;
  const { nextLink: _lastPage, ...rest } = fixture;
  return rest;
}

describe('Azure ML responses against Microsoft examples (api-version 2024-10-01)', () => {
  let emulator: RunningEmulator;
  let token: string;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    token = (await userAccessToken(emulator, ALICE)).token;
  });
  afterAll(() => emulator.stop());

  async function get(path: string) {
    const response = await fetch(
      `${emulator.urls.https}${path}?api-version=2024-10-01`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(response.status).toBe(200);
    return response.json();
  }

  async function expectListShape(
    path: string,
    fixturePath: string,
    extras: Record<string, string> = {},
  ) {
    const actual = await get(path);
    expect(actual.value.length).toBeGreaterThan(0);
    expectSameShape(
      actual,
      pageFixture(fixtureBody(fixturePath), actual),
      '$',
      asListItems(extras),
    );
  }

  it('serves a workspace like Workspace/get.json', async () => {
    expectSameShape(
      await get(WORKSPACE),
      fixtureBody('Workspace/get.json'),
      '$',
      WORKSPACE_EXTRAS,
    );
  });

  it('lists workspaces like Workspace/listBySubscription.json and listByResourceGroup.json', async () => {
    // The list examples are abridged: ARM lists a workspace as it gets it, so
    // everything Workspace/get.json has may be there too.
    const asInGet = Object.fromEntries(
      keyPaths(fixtureBody('Workspace/get.json'), '$').map(p => [
        p,
        'in Workspace/get.json',
      ]),
    );
    const extras = { ...asInGet, ...WORKSPACE_EXTRAS };
    await expectListShape(
      `/subscriptions/${SUBSCRIPTION}/${PROVIDER}/workspaces`,
      'Workspace/listBySubscription.json',
      extras,
    );
    await expectListShape(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vision/${PROVIDER}/workspaces`,
      'Workspace/listByResourceGroup.json',
      extras,
    );
  });

  it('serves command jobs like Job/CommandJob/get.json and list.json', async () => {
    const extras = {
      '$.properties.isArchived':
        'JobBase.isArchived: what listViewType filters on',
    };
    const { value } = await get(`${WORKSPACE}/jobs`);
    // The example's distribution is TensorFlow; compare a job that has one.
    const tensorFlow = value.find(
      (j: any) => j.properties.distribution?.distributionType === 'TensorFlow',
    );
    expectSameShape(
      await get(`${WORKSPACE}/jobs/${tensorFlow.name}`),
      fixtureBody('Job/CommandJob/get.json'),
      '$',
      extras,
    );
    await expectListShape(
      `${WORKSPACE}/jobs`,
      'Job/CommandJob/list.json',
      extras,
    );
  });

  it('serves model containers and versions like the ModelContainer and ModelVersion examples', async () => {
    expectSameShape(
      await get(`${WORKSPACE}/models/defect-classifier`),
      fixtureBody('Workspace/ModelContainer/get.json'),
      '$',
      CONTAINER_EXTRAS,
    );
    await expectListShape(
      `${WORKSPACE}/models`,
      'Workspace/ModelContainer/list.json',
      CONTAINER_EXTRAS,
    );
    await expectListShape(
      `${WORKSPACE}/models/defect-classifier/versions`,
      'Workspace/ModelVersion/list.json',
      {
        '$.properties.isArchived':
          'AssetBase.isArchived: what listViewType filters on',
        '$.properties.jobName':
          'ModelVersionProperties.jobName: the job whose output the model is (lineage)',
      },
    );
  });

  it('lists data containers like Workspace/DataContainer/list.json', async () => {
    await expectListShape(
      `${WORKSPACE}/data`,
      'Workspace/DataContainer/list.json',
      CONTAINER_EXTRAS,
    );
  });

  it('serves online endpoints and deployments like the OnlineEndpoint and OnlineDeployment examples', async () => {
    expectSameShape(
      await get(`${WORKSPACE}/onlineEndpoints/defect-classifier`),
      fixtureBody('Workspace/OnlineEndpoint/get.json'),
      '$',
    );
    await expectListShape(
      `${WORKSPACE}/onlineEndpoints`,
      'Workspace/OnlineEndpoint/list.json',
    );
    await expectListShape(
      `${WORKSPACE}/onlineEndpoints/defect-classifier/deployments`,
      'OnlineDeployment/list.json',
    );
  });
});
