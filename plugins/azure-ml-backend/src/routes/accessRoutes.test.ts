/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlFeatureAccess,
  AzureMlPortalFeature,
  AzureMlWorkspaceAccess,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  resourceEntity,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const ACCESS_PATH = `${VISION.path}/access`;
const ML = 'Microsoft.MachineLearningServices/workspaces';
const ENDPOINT_TYPE = `${ML}/onlineEndpoints`;
const CANCEL = `${ML}/jobs/cancel/action`;
const ENDPOINT_WRITE = `${ML}/onlineEndpoints/write`;

/** The features of a workspace, in the order of the matrix. */
const WORKSPACE_FEATURES: AzureMlPortalFeature[] = [
  'job.cancel',
  'job.submit',
  'data.register',
  'model.register',
  'environment.create',
];
/** The features of an online endpoint, in the order of the matrix. */
const ENDPOINT_FEATURES: AzureMlPortalFeature[] = [
  'endpoint.traffic.update',
  'endpoint.deployment.create',
];

/** Every feature allowed. */
const allAllowed = (features: AzureMlPortalFeature[]) =>
  features.map(feature => ({ feature, allowed: true }));

/** The answer of Azure RBAC to a Reader: the first write each feature makes, refused. */
function readerDenial(
  feature: AzureMlPortalFeature,
  action: string,
  scope: string,
  words: string,
): AzureMlFeatureAccess {
  return {
    feature,
    allowed: false,
    denial: {
      side: 'azure',
      action,
      scope,
      message: `Azure RBAC does not grant '${action}' on '${scope}'; ${words} needs a role assignment that grants it, for example AzureML Data Scientist`,
    },
  };
}

describe('GET /workspaces/…/access', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;
  const armRequests = () => harness.emulator.ctx.requestCounts.get('arm') ?? 0;

  /** An online endpoint of mlw-vision and a catalog entity for it. */
  function visionEndpoint() {
    const [endpoint] = state().listChildren(VISION.id, ENDPOINT_TYPE);
    if (!endpoint) throw new Error('no online endpoint in mlw-vision');
    return {
      name: endpoint.name,
      id: endpoint.id,
      entity: resourceEntity(`endpoint-${endpoint.name}`, endpoint.id),
    };
  }

  /** The workspace entity (as the harness has by default) and the endpoint's. */
  function entitiesWith(endpoint: ReturnType<typeof visionEndpoint>) {
    return [resourceEntity('mlw-vision', VISION.id), endpoint.entity];
  }

  async function accessAs(
    server: Awaited<ReturnType<typeof harness.startBackend>>,
    user: string,
    query: Record<string, string> = {},
  ) {
    return request(server)
      .get(ACCESS_PATH)
      .query(query)
      .set(headers(await harness.token(user)));
  }

  describe('for a data scientist (bob)', () => {
    it('allows every workspace feature, in one Azure call', async () => {
      const server = await harness.startBackend();
      const token = await harness.token('bob');
      const before = armRequests();
      const res = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: allAllowed(WORKSPACE_FEATURES),
      });
      expect(armRequests() - before).toBe(1);
    });

    it("allows changing the traffic of one of the workspace's endpoints and adding deployments to it", async () => {
      const endpoint = visionEndpoint();
      const server = await harness.startBackend({
        entities: entitiesWith(endpoint),
      });
      const res = await accessAs(server, 'bob', {
        endpointName: endpoint.name,
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: endpoint.id,
        features: allAllowed(ENDPOINT_FEATURES),
      });
    });

    it('reads the permissions afresh on every request', async () => {
      const server = await harness.startBackend();
      const token = await harness.token('bob');
      const first = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(first.body.features).toEqual(allAllowed(WORKSPACE_FEATURES));

      // Take away team-vision's role on rg-vision, bob's only way in.
      const teamVision = demoIds.group('team-vision');
      const assignments = state().roleAssignments;
      const kept = assignments.filter(a => a.principalId !== teamVision);
      expect(kept.length).toBeLessThan(assignments.length);
      assignments.splice(0, assignments.length, ...kept);

      const second = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(second.status).toBe(200);
      expect(second.body.features).toEqual(
        WORKSPACE_FEATURES.map(feature => ({
          feature,
          allowed: false,
          denial: expect.objectContaining({ side: 'azure' }),
        })),
      );
      expect(second.body.features[0].denial.action).toBe(CANCEL);
    });
  });

  describe('for a Reader (carol)', () => {
    it('refuses every workspace feature on the Azure side, each naming its first write and the workspace', async () => {
      const server = await harness.startBackend();
      const res = await accessAs(server, 'carol');
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: [
          readerDenial('job.cancel', CANCEL, VISION.id, 'cancelling jobs'),
          readerDenial(
            'job.submit',
            `${ML}/jobs/write`,
            VISION.id,
            'submitting jobs',
          ),
          readerDenial(
            'data.register',
            `${ML}/data/write`,
            VISION.id,
            'registering data assets',
          ),
          readerDenial(
            'model.register',
            `${ML}/models/write`,
            VISION.id,
            'registering models',
          ),
          readerDenial(
            'environment.create',
            `${ML}/environments/write`,
            VISION.id,
            'creating environments',
          ),
        ],
      });
    });

    it('refuses changing traffic and adding deployments on the Azure side, naming the action and the endpoint', async () => {
      const endpoint = visionEndpoint();
      const server = await harness.startBackend({
        entities: entitiesWith(endpoint),
      });
      const res = await accessAs(server, 'carol', {
        endpointName: endpoint.name,
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: endpoint.id,
        features: [
          readerDenial(
            'endpoint.traffic.update',
            ENDPOINT_WRITE,
            endpoint.id,
            'changing the traffic of an online endpoint',
          ),
          readerDenial(
            'endpoint.deployment.create',
            `${ML}/onlineEndpoints/deployments/write`,
            endpoint.id,
            'adding a deployment to an online endpoint',
          ),
        ],
      });
    });
  });

  describe('for a role that writes jobs but may not read datastore secrets', () => {
    /** Gives erin, who has no role, a custom role on rg-vision. */
    function assignCustomRole(actions: string[]) {
      const guid = 'c0de0000-0000-4000-8000-000000000001';
      state().roleDefinitions.set(guid, {
        name: guid,
        roleName: 'Job writer without datastore secrets',
        description: 'Test role',
        roleType: 'CustomRole',
        assignableScopes: [`/subscriptions/${VISION.subscriptionId}`],
        actions,
        notActions: [],
        dataActions: [],
        notDataActions: [],
      });
      state().roleAssignments.push({
        name: 'c0de0000-0000-4000-8000-0000000000a1',
        scope: `/subscriptions/${VISION.subscriptionId}/resourceGroups/${VISION.resourceGroup}`,
        roleDefinitionId: `/subscriptions/${VISION.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
        principalId: demoIds.user('erin'),
        principalType: 'User',
        createdOn: '2026-01-01T00:00:00Z',
      });
    }

    it("refuses submitting jobs, naming the datastore's listsecrets action the code upload needs", async () => {
      assignCustomRole([
        '*/read',
        `${ML}/jobs/write`,
        `${ML}/codes/write`,
        `${ML}/codes/versions/write`,
      ]);
      const server = await harness.startBackend();
      const res = await accessAs(server, 'erin');
      expect(res.status).toBe(200);
      const submit = res.body.features.find(
        (f: AzureMlFeatureAccess) => f.feature === 'job.submit',
      );
      expect(submit).toEqual(
        readerDenial(
          'job.submit',
          `${ML}/datastores/listsecrets/action`,
          VISION.id,
          'submitting jobs',
        ),
      );
    });
  });

  describe('Backstage', () => {
    it("refuses what the policy denies on the workspace's entity, without asking Azure", async () => {
      const seen: EvaluatePermissionRequest[] = [];
      const permissions = mockServices.permissions.mock({
        authorize: async requests => {
          seen.push(...(requests as EvaluatePermissionRequest[]));
          return requests.map(r => ({
            result: r.permission.name.startsWith('azureMl.workspace')
              ? AuthorizeResult.ALLOW
              : AuthorizeResult.DENY,
          })) as any;
        },
      });
      const server = await harness.startBackend({
        permissions: permissions.factory,
      });
      const token = await harness.token('bob');
      const before = armRequests();
      const res = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(res.status).toBe(200);
      const denied = (
        feature: AzureMlPortalFeature,
        permission: string,
        action: string,
      ): AzureMlFeatureAccess => ({
        feature,
        allowed: false,
        denial: {
          side: 'backstage',
          permission,
          action,
          scope: 'resource:default/mlw-vision',
          message: `Backstage permission policy denied '${permission}' (${action}) on resource:default/mlw-vision; ask a Backstage administrator for access`,
        },
      });
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: [
          denied('job.cancel', 'azureMl.job.cancel', 'update'),
          denied('job.submit', 'azureMl.job.submit', 'create'),
          denied('data.register', 'azureMl.data.register', 'create'),
          denied('model.register', 'azureMl.model.register', 'create'),
          denied('environment.create', 'azureMl.environment.create', 'create'),
        ],
      });
      expect(armRequests()).toBe(before);
      expect(seen.map(r => [r.permission.name, r.resourceRef])).toEqual([
        ['azureMl.workspace.read', undefined],
        ['azureMl.job.cancel', 'resource:default/mlw-vision'],
        ['azureMl.job.submit', 'resource:default/mlw-vision'],
        ['azureMl.data.register', 'resource:default/mlw-vision'],
        ['azureMl.model.register', 'resource:default/mlw-vision'],
        ['azureMl.environment.create', 'resource:default/mlw-vision'],
      ]);
    });

    it('asks Azure about the features the policy leaves, and refuses the one it denies with its words', async () => {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(r => ({
            result:
              r.permission.name === 'azureMl.job.submit'
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })) as any,
      });
      const server = await harness.startBackend({
        permissions: permissions.factory,
      });
      const res = await accessAs(server, 'bob');
      expect(res.status).toBe(200);
      expect(res.body.features).toEqual([
        { feature: 'job.cancel', allowed: true },
        {
          feature: 'job.submit',
          allowed: false,
          denial: {
            side: 'backstage',
            permission: 'azureMl.job.submit',
            action: 'create',
            scope: 'resource:default/mlw-vision',
            message:
              "Backstage permission policy denied 'azureMl.job.submit' (create) on resource:default/mlw-vision; ask a Backstage administrator for access",
          },
        },
        { feature: 'data.register', allowed: true },
        { feature: 'model.register', allowed: true },
        { feature: 'environment.create', allowed: true },
      ]);
    });

    it('authorizes the traffic update and the deployment creation on the endpoint entity', async () => {
      const seen: EvaluatePermissionRequest[] = [];
      const permissions = mockServices.permissions.mock({
        authorize: async requests => {
          seen.push(...(requests as EvaluatePermissionRequest[]));
          return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
        },
      });
      const endpoint = visionEndpoint();
      const server = await harness.startBackend({
        permissions: permissions.factory,
        entities: entitiesWith(endpoint),
      });
      const res = await accessAs(server, 'bob', {
        endpointName: endpoint.name,
      });
      expect(res.body.features).toEqual(allAllowed(ENDPOINT_FEATURES));
      expect(seen.map(r => [r.permission.name, r.resourceRef])).toEqual([
        ['azureMl.workspace.read', undefined],
        [
          'azureMl.endpoint.traffic.update',
          `resource:default/endpoint-${endpoint.name}`,
        ],
        [
          'azureMl.endpoint.deployment.create',
          `resource:default/endpoint-${endpoint.name}`,
        ],
      ]);
    });

    it('refuses, failing closed, for an endpoint without a catalog entity', async () => {
      const endpoint = visionEndpoint();
      const server = await harness.startBackend();
      const res = await accessAs(server, 'bob', {
        endpointName: endpoint.name,
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: endpoint.id,
        features: [
          [
            'endpoint.traffic.update',
            'azureMl.endpoint.traffic.update',
            'update',
          ],
          [
            'endpoint.deployment.create',
            'azureMl.endpoint.deployment.create',
            'create',
          ],
        ].map(([feature, permission, action]) => ({
          feature: feature as AzureMlPortalFeature,
          allowed: false,
          denial: {
            side: 'backstage',
            permission,
            action,
            message: `Backstage permission policy cannot authorize this change: the online endpoint ${endpoint.id} has no catalog entity (annotation ml.azure.com/resource-id), so no owner is known; register it in the catalog first`,
          },
        })),
      });
    });

    it('answers 403 without the workspace read permission, before any Azure call', async () => {
      const server = await harness.startBackend({
        permissions: mockServices.permissions.factory({
          result: AuthorizeResult.DENY,
        }),
      });
      const token = await harness.token('bob');
      const before = armRequests();
      const res = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message:
          "Backstage permission policy denied 'azureMl.workspace.read' (read); ask a Backstage administrator for access",
      });
      expect(armRequests()).toBe(before);
    });
  });

  describe('bad requests', () => {
    it.each([
      ['too short', 'ep'],
      ['starting with a digit', '1endpoint'],
      ['ending with "-"', 'endpoint-'],
      ['with "_"', 'end_point'],
      ['too long', 'e'.repeat(33)],
    ])(
      'answers 400 to an endpoint name %s, before any Azure call',
      async (_case, endpointName) => {
        const server = await harness.startBackend();
        const token = await harness.token('bob');
        const before = armRequests();
        const res = await request(server)
          .get(ACCESS_PATH)
          .query({ endpointName })
          .set(headers(token));
        expect(errorOf(res)).toMatchObject({
          status: 400,
          name: 'InputError',
        });
        expect(res.body.error.message).toMatch(/endpointName/);
        expect(armRequests()).toBe(before);
      },
    );

    it('answers 400 to an unknown query parameter', async () => {
      const server = await harness.startBackend();
      const res = await accessAs(server, 'bob', { endpoint: 'ep-vision' });
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: "Unknown query parameter 'endpoint'",
      });
    });

    it('answers 401 without the user token', async () => {
      const server = await harness.startBackend();
      const res = await request(server).get(ACCESS_PATH).set(headers());
      expect(errorOf(res)).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message:
          'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
      });
    });

    it('answers 401 to an expired user token', async () => {
      const server = await harness.startBackend();
      const realNow = harness.emulator.ctx.now;
      harness.emulator.ctx.now = () => realNow() - 2 * 60 * 60 * 1000;
      let token: string;
      try {
        token = await harness.token('bob');
      } finally {
        harness.emulator.ctx.now = realNow;
      }
      const res = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(errorOf(res)).toMatchObject({
        status: 401,
        name: 'AuthenticationError',
        message: expect.stringMatching(
          /^Azure access token expired at .+; sign in again$/,
        ),
      });
    });
  });
});
