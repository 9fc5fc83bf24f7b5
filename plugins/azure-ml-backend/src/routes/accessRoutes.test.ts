/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlWorkspaceAccess } from '@azure-ml-backstage/plugin-azure-ml-common';
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
const ENDPOINT_TYPE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
const CANCEL =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const ENDPOINT_WRITE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write';

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
    it('allows cancelling jobs in the workspace, in one Azure call', async () => {
      const server = await harness.startBackend();
      const token = await harness.token('bob');
      const before = armRequests();
      const res = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: [{ feature: 'job.cancel', allowed: true }],
      });
      expect(armRequests() - before).toBe(1);
    });

    it("allows changing the traffic of one of the workspace's endpoints", async () => {
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
        features: [{ feature: 'endpoint.traffic.update', allowed: true }],
      });
    });

    it('reads the permissions afresh on every request', async () => {
      const server = await harness.startBackend();
      const token = await harness.token('bob');
      const first = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(first.body.features[0].allowed).toBe(true);

      // Take away team-vision's role on rg-vision, bob's only way in.
      const teamVision = demoIds.group('team-vision');
      const assignments = state().roleAssignments;
      const kept = assignments.filter(a => a.principalId !== teamVision);
      expect(kept.length).toBeLessThan(assignments.length);
      assignments.splice(0, assignments.length, ...kept);

      const second = await request(server).get(ACCESS_PATH).set(headers(token));
      expect(second.status).toBe(200);
      expect(second.body.features).toEqual([
        {
          feature: 'job.cancel',
          allowed: false,
          denial: expect.objectContaining({ side: 'azure', action: CANCEL }),
        },
      ]);
    });
  });

  describe('for a Reader (carol)', () => {
    it('refuses cancelling jobs on the Azure side, naming the action and the workspace', async () => {
      const server = await harness.startBackend();
      const res = await accessAs(server, 'carol');
      expect(res.status).toBe(200);
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: [
          {
            feature: 'job.cancel',
            allowed: false,
            denial: {
              side: 'azure',
              action: CANCEL,
              scope: VISION.id,
              message: `Azure RBAC does not grant '${CANCEL}' on '${VISION.id}'; cancelling jobs needs a role assignment that grants it, for example AzureML Data Scientist`,
            },
          },
        ],
      });
    });

    it('refuses changing traffic on the Azure side, naming the action and the endpoint', async () => {
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
          {
            feature: 'endpoint.traffic.update',
            allowed: false,
            denial: {
              side: 'azure',
              action: ENDPOINT_WRITE,
              scope: endpoint.id,
              message: `Azure RBAC does not grant '${ENDPOINT_WRITE}' on '${endpoint.id}'; changing the traffic of an online endpoint needs a role assignment that grants it, for example AzureML Data Scientist`,
            },
          },
        ],
      });
    });
  });

  describe('Backstage', () => {
    it("refuses what the policy denies on the workspace's entity, without asking Azure", async () => {
      const seen: EvaluatePermissionRequest[] = [];
      const permissions = mockServices.permissions.mock({
        authorize: async requests => {
          seen.push(...(requests as EvaluatePermissionRequest[]));
          return requests.map(r => ({
            result:
              r.permission.name === 'azureMl.job.cancel'
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
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
      expect(res.body).toEqual<AzureMlWorkspaceAccess>({
        scope: VISION.id,
        features: [
          {
            feature: 'job.cancel',
            allowed: false,
            denial: {
              side: 'backstage',
              permission: 'azureMl.job.cancel',
              action: 'update',
              scope: 'resource:default/mlw-vision',
              message:
                "Backstage permission policy denied 'azureMl.job.cancel' (update) on resource:default/mlw-vision; ask a Backstage administrator for access",
            },
          },
        ],
      });
      expect(armRequests()).toBe(before);
      expect(seen.map(r => [r.permission.name, r.resourceRef])).toEqual([
        ['azureMl.workspace.read', undefined],
        ['azureMl.job.cancel', 'resource:default/mlw-vision'],
      ]);
    });

    it('authorizes the traffic update on the endpoint entity', async () => {
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
      expect(res.body.features[0].allowed).toBe(true);
      expect(seen.map(r => [r.permission.name, r.resourceRef])).toEqual([
        ['azureMl.workspace.read', undefined],
        [
          'azureMl.endpoint.traffic.update',
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
          {
            feature: 'endpoint.traffic.update',
            allowed: false,
            denial: {
              side: 'backstage',
              permission: 'azureMl.endpoint.traffic.update',
              action: 'update',
              message: `Backstage permission policy cannot authorize this change: the online endpoint ${endpoint.id} has no catalog entity (annotation ml.azure.com/resource-id), so no owner is known; register it in the catalog first`,
            },
          },
        ],
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
