/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import {
  demoIds,
  userAccessToken,
  userCredential,
} from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  demoWorkspace,
  resourceEntity,
  userHeaders,
  type usePluginTestHarness,
} from '../../__testUtils__/pluginTestHarness';
import { azureWritesForTests } from '../../activityLog/__testUtils__/azureWritesForTests';

type Harness = ReturnType<typeof usePluginTestHarness>;
type Emulator = Harness['emulator'];
type Server = Awaited<ReturnType<Harness['startBackend']>>;

const VISION = demoWorkspace('vision');
const ML = 'Microsoft.MachineLearningServices/workspaces';
const API_VERSION = 'api-version=2024-10-01';
const ARM_AUDIENCE = 'https://management.azure.com/';
const USER_ID = 'graph.microsoft.com/user-id';
const GROUP_ID = 'graph.microsoft.com/group-id';

/** The Azure actions of the history, as Azure spells them. */
export const HISTORY_ACTIONS = {
  cancelJob: `${ML}/jobs/cancel/action`,
  shiftTraffic: `${ML}/onlineEndpoints/write`,
  registerData: `${ML}/data/versions/write`,
  registerModel: `${ML}/models/versions/write`,
};

/** The blue/green endpoint of mlw-vision. */
export function visionBlueGreen(emulator: Emulator): {
  id: string;
  name: string;
  properties: Record<string, any>;
} {
  const endpoint = emulator.ctx.state
    .listChildren(VISION.id, `${ML}/onlineEndpoints`)
    .find(e => Object.keys(e.properties.traffic ?? {}).length === 2);
  if (!endpoint) throw new Error('no blue/green endpoint in mlw-vision');
  return endpoint;
}

/**
 * The catalog of the tests: the workspace and its blue/green endpoint, and
 * the demo users and groups as Microsoft Graph ingestion makes them (with
 * their Entra object ids as annotations). vision-ci-mi, a managed identity,
 * is in no group.
 */
export function visionCatalog(emulator: Emulator) {
  const endpoint = visionBlueGreen(emulator);
  const group = (name: string) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [GROUP_ID]: demoIds.group(name) },
    },
    spec: { type: 'team', children: [] },
  });
  const user = (name: string, memberOf: string[]) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name,
      namespace: 'default',
      annotations: { [USER_ID]: demoIds.user(name) },
    },
    spec: { memberOf },
  });
  return [
    resourceEntity('mlw-vision', VISION.id),
    resourceEntity(`endpoint-${endpoint.name}`, endpoint.id),
    group('platform-team'),
    group('team-vision'),
    group('team-nlp'),
    group('ml-readers'),
    user('alice', ['platform-team']),
    user('bob', ['team-vision']),
    user('frank', ['group:default/team-vision']),
    user('carol', ['team-nlp']),
    user('dave', ['ml-readers']),
  ];
}

/** An ARM access token of a managed identity, as its token endpoint would issue it. */
async function managedIdentityToken(emulator: Emulator, key: string) {
  const identity = demoIds.managedIdentity(key);
  const tenantId = demoIds.tenant('contoso');
  const now = Math.floor(emulator.ctx.now() / 1000);
  return emulator.ctx.issuer.sign(
    {
      aud: ARM_AUDIENCE,
      iss: `https://sts.windows.net/${tenantId}/`,
      tid: tenantId,
      oid: identity.principalId,
      sub: identity.principalId,
      appid: identity.clientId,
      idtyp: 'app',
      ver: '1.0',
    },
    3600,
    now,
  );
}

/** One ARM call straight to the emulator with a bearer token; its status and body. */
async function arm(
  emulator: Emulator,
  token: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${emulator.urls.https}${path}?${API_VERSION}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}`;

/**
 * One write of the history, replayable as any user: it does the same kind
 * of write on the same kind of resource of mlw-vision, straight against the
 * emulator's ARM (a fresh job to cancel, a new asset version), and answers
 * ARM's status.
 */
export type ReplayStep = {
  name: string;
  /** The Azure action ARM authorizes for it. */
  action: string;
  replay(userObjectId: string): Promise<{ status: number; body: any }>;
};

/**
 * The history of mlw-vision the advisor tests record, and how to replay it:
 * through the portal, bob (team-vision) cancels a job and shifts the
 * blue/green endpoint's traffic; straight in Azure, bob registers a data
 * version, frank (team-vision) a model version, and the managed identity
 * vision-ci-mi (in no group) a data version: five writes.
 */
export function visionHistory(harness: Harness) {
  const emulator = harness.emulator;
  const writes = azureWritesForTests(emulator);
  const ml = (user: string) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user(user)),
      VISION.subscriptionId,
      { endpoint: emulator.urls.https },
    );
  const dataVersion = () => ({
    properties: {
      dataType: 'uri_file',
      dataUri: 'azureml://datastores/workspaceblobstore/paths/replay.csv',
    },
  });
  const modelVersion = () => ({
    properties: {
      modelUri: 'azureml://datastores/workspaceblobstore/paths/model/',
      modelType: 'custom_model',
    },
  });

  /** Outcome events of the Activity Log in mlw-vision. */
  const outcomes = () =>
    emulator.ctx.state.activityLog.filter(
      e =>
        e.status.value !== 'Started' &&
        e.resourceId.toLowerCase().startsWith(`${VISION.id.toLowerCase()}/`),
    ).length;

  /**
   * Resolves once the emulator's Activity Log holds `count` outcome events in
   * mlw-vision: it records a write once its answer is sent (as Azure records
   * it some time after), so a fast client can be ahead of it.
   */
  async function settled(count: number) {
    for (let i = 0; i < 200 && outcomes() < count; i++) {
      await new Promise(resolve => setTimeout(resolve, 10));
    }
    if (outcomes() < count) {
      throw new Error(
        `the Activity Log holds ${outcomes()} of ${count} writes`,
      );
    }
  }

  /** Records the history; the Activity Log import is left to the test. */
  async function record(server: Server) {
    const before = outcomes();
    const bob = await harness.token('bob');
    const [jobName] = await writes.activeJobs('bob', 'vision');
    const cancelled = await request(server)
      .post(`${VISION.path}/jobs/${jobName}/cancel`)
      .set(userHeaders(bob));
    if (cancelled.status !== 202) {
      throw new Error(`cancel answered ${cancelled.status} ${cancelled.text}`);
    }
    const endpoint = visionBlueGreen(emulator);
    const [first, second] = Object.keys(endpoint.properties.traffic).sort();
    const shifted = await request(server)
      .put(`${VISION.path}/endpoints/${endpoint.name}/traffic`)
      .set(userHeaders(bob))
      .send({ traffic: { [first]: 20, [second]: 80 } });
    if (shifted.status !== 202) {
      throw new Error(`traffic answered ${shifted.status} ${shifted.text}`);
    }
    const rg = VISION.resourceGroup;
    await ml('bob').dataVersions.createOrUpdate(
      rg,
      VISION.name,
      'vision-labels',
      '1',
      dataVersion(),
    );
    await ml('frank').modelVersions.createOrUpdate(
      rg,
      VISION.name,
      'vision-detector',
      '1',
      modelVersion(),
    );
    const mi = await arm(
      emulator,
      await managedIdentityToken(emulator, 'vision-ci-mi'),
      'PUT',
      `${VISION.id}/data/ci-snapshots/versions/1`,
      dataVersion(),
    );
    if (mi.status !== 201) {
      throw new Error(`vision-ci-mi answered ${mi.status}`);
    }
    await settled(before + 5);
  }

  /** The history's writes, to replay as another user. */
  function replaySteps(): ReplayStep[] {
    const as = async (userObjectId: string) =>
      (await userAccessToken(emulator, userObjectId)).token;
    return [
      {
        name: 'cancel a job',
        action: HISTORY_ACTIONS.cancelJob,
        replay: async user => {
          const [jobName] = await writes.activeJobs('bob', 'vision');
          return arm(
            emulator,
            await as(user),
            'POST',
            `${VISION.id}/jobs/${jobName}/cancel`,
          );
        },
      },
      {
        name: 'shift the traffic of an endpoint',
        action: HISTORY_ACTIONS.shiftTraffic,
        replay: async user => {
          const endpoint = visionBlueGreen(emulator);
          const current = await arm(
            emulator,
            await as(demoIds.user('bob')),
            'GET',
            endpoint.id,
          );
          const [first, second] = Object.keys(
            current.body.properties.traffic,
          ).sort();
          return arm(emulator, await as(user), 'PUT', endpoint.id, {
            ...current.body,
            properties: {
              ...current.body.properties,
              traffic: { [first]: 50, [second]: 50 },
            },
          });
        },
      },
      {
        name: 'register a data version',
        action: HISTORY_ACTIONS.registerData,
        replay: async user =>
          arm(
            emulator,
            await as(user),
            'PUT',
            `${VISION.id}/data/${unique('replayed-data')}/versions/1`,
            dataVersion(),
          ),
      },
      {
        name: 'register a model version',
        action: HISTORY_ACTIONS.registerModel,
        replay: async user =>
          arm(
            emulator,
            await as(user),
            'PUT',
            `${VISION.id}/models/${unique('replayed-model')}/versions/1`,
            modelVersion(),
          ),
      },
    ];
  }

  return { record, replaySteps };
}
