/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceId,
  type AzureMlJob,
  type InvalidResourceIdError,
  type Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  demoIds,
  portalUserToken,
  startTestEmulator,
  userAccessToken,
} from '@internal/azure-emulator/testing';
import request from 'supertest';
import { azureMlPlugin } from './plugin';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
type TestBackend = Awaited<ReturnType<typeof startTestBackend>>;

const CONTOSO = demoIds.tenant('contoso');
const FABRIKAM = demoIds.tenant('fabrikam');
const PORTAL = demoIds.app('backstage-portal');
const PORTAL_ID: string = PORTAL.appId;
const PORTAL_SECRET: string = PORTAL.passwordCredentials[0].secretText;
const SUBSCRIPTION = '55555555-0000-4000-8000-000000000001';
const WORKSPACE_PATH = `/api/azure-ml/workspaces/${SUBSCRIPTION}/rg-vision/mlw-vision`;
const WORKSPACE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`;
const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';

describe('azureMlPlugin', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const backends: TestBackend[] = [];
  afterEach(async () => {
    await Promise.all(backends.splice(0).map(b => b.stop()));
  });

  async function startBackend(
    permissions: ServiceFactory = mockServices.permissions.factory({
      result: AuthorizeResult.ALLOW,
    }),
    extra: ServiceFactory[] = [],
  ) {
    const https = emulator.urls.https;
    const backend = await startTestBackend({
      features: [
        azureMlPlugin,
        permissions,
        ...extra,
        mockServices.rootConfig.factory({
          data: {
            azureMl: {
              cloud: 'custom',
              endpoints: {
                authorityHost: https,
                resourceManager: https,
                graph: `${https}/v1.0`,
              },
              portalApp: {
                clientId: PORTAL_ID,
                credential: {
                  mode: 'client-secret',
                  clientSecret: PORTAL_SECRET,
                },
              },
              tenants: [{ tenantId: CONTOSO }, { tenantId: FABRIKAM }],
              serviceIdentity: {
                mode: 'client-secret',
                clientId: PORTAL_ID,
                tenantId: CONTOSO,
                clientSecret: PORTAL_SECRET,
              },
            },
          },
        }),
      ],
    });
    backends.push(backend);
    return backend.server;
  }

  /** A user's Entra token for the portal API, from the emulator's real sign-in. */
  const portalToken = (user: string) => portalUserToken(emulator, user);

  const headers = (token?: string) => ({
    Authorization: mockCredentials.user.header(),
    ...(token ? { 'x-azure-ml-authorization': `Bearer ${token}` } : {}),
  });

  function activeJobNames(): string[] {
    return emulator.ctx.state
      .listChildren(WORKSPACE_ID, JOB_TYPE)
      .filter(job => !job.properties.isArchived)
      .map(job => job.name);
  }

  /** Adds copies of a job, older than every demo job, so the list has a second page. */
  function addOlderJobs(count: number) {
    const [template] = emulator.ctx.state.listChildren(WORKSPACE_ID, JOB_TYPE);
    for (let i = 0; i < count; i++) {
      const name = `older_job_${i}`;
      emulator.ctx.state.putResource({
        ...template,
        id: `${WORKSPACE_ID}/jobs/${name}`,
        name,
        properties: { ...template.properties, isArchived: false },
        systemData: {
          ...template.systemData!,
          createdAt: new Date(Date.UTC(2020, 0, 1, 0, i)).toISOString(),
        },
      });
    }
  }

  const errorOf = (res: request.Response) => ({
    status: res.status,
    name: res.body?.error?.name,
    message: res.body?.error?.message,
  });

  describe('GET /workspaces/:s/:rg/:ws/jobs', () => {
    it("lists bob's workspace jobs, a page at a time", async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      expect(activeJobNames()).toHaveLength(14);
      const first = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));
      expect(first.status).toBe(200);
      const page: Page<AzureMlJob> = first.body;
      expect(page.items).toHaveLength(14);
      expect(page.nextPageToken).toBeUndefined();
      expect(new Set(page.items.map(j => j.name))).toEqual(
        new Set(activeJobNames()),
      );
      expect(page.items[0]).toMatchObject({
        id: expect.stringMatching(new RegExp(`^${WORKSPACE_ID}/jobs/`)),
        jobType: expect.stringMatching(/^(Command|Sweep|Pipeline)$/),
        tags: { team: 'vision' },
      });
      expect(Object.keys(page.items[0])).not.toContain('properties');
    });

    it('follows nextPageToken to the next page', async () => {
      addOlderJobs(10);
      expect(activeJobNames()).toHaveLength(24);
      const server = await startBackend();
      const token = await portalToken('bob');
      const first = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(20);
      expect(first.body.nextPageToken).toEqual(expect.any(String));

      const second = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .query({ pageToken: first.body.nextPageToken })
        .set(headers(token));
      expect(second.status).toBe(200);
      expect(second.body.nextPageToken).toBeUndefined();
      expect(second.body.items.map((j: AzureMlJob) => j.name)).toEqual(
        Array.from({ length: 4 }, (_, i) => `older_job_${3 - i}`),
      );
      const all = [...first.body.items, ...second.body.items].map(
        (j: AzureMlJob) => j.name,
      );
      expect(new Set(all)).toEqual(new Set(activeJobNames()));
      expect(all).toHaveLength(24);
    });

    it('refuses a page token that points anywhere else', async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const elsewhere = Buffer.from(
        'https://attacker.example/subscriptions/x/jobs',
      ).toString('base64url');
      const res = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .query({ pageToken: elsewhere })
        .set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: `Invalid pageToken: it is not a page of the jobs of workspace ${WORKSPACE_ID}; pass the nextPageToken of the previous page unchanged`,
      });
    });

    it('lets dave (Reader) list', async () => {
      const server = await startBackend();
      const res = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(await portalToken('dave')));
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(14);
    });

    it("answers erin (no role) with Azure's refusal", async () => {
      const server = await startBackend();
      const res = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(await portalToken('erin')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: expect.stringMatching(
          new RegExp(
            `^Azure RBAC denied action 'Microsoft\\.MachineLearningServices/workspaces/jobs/read' on scope '${WORKSPACE_ID}/jobs': List jobs of workspace mlw-vision needs a role assignment that grants this action; ask an owner of the scope for access \\(AuthorizationFailed, correlation id [0-9a-f-]{36}\\)$`,
          ),
        ),
      });
    });

    it('answers 400 naming the segment of a bad workspace name', async () => {
      const server = await startBackend();
      const res = await request(server)
        .get(`/api/azure-ml/workspaces/${SUBSCRIPTION}/rg-vision/a/jobs`)
        .set(headers(await portalToken('bob')));
      const expected = (() => {
        try {
          workspaceId({
            subscriptionId: SUBSCRIPTION,
            resourceGroup: 'rg-vision',
            workspaceName: 'a',
          });
        } catch (error) {
          return error as InvalidResourceIdError;
        }
        throw new Error('workspace name "a" was accepted');
      })();
      expect(expected.segment).toBe('workspaceName');
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: expected.message,
      });
      expect(res.body.error.message).toMatch(
        /^Invalid Azure ML resource id: workspace name "a" /,
      );
    });
  });

  describe('POST /workspaces/:s/:rg/:ws/jobs/:job/cancel', () => {
    /** A job of mlw-vision that is running or about to, as bob's list shows it. */
    async function cancelableJob(server: TestBackend['server']) {
      const res = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(await portalToken('bob')));
      const job = (res.body.items as AzureMlJob[]).find(j =>
        ['Running', 'Queued', 'Preparing', 'Starting'].includes(j.status),
      );
      if (!job) throw new Error('no running job in mlw-vision');
      return job.name;
    }

    it('lets bob cancel a running job, and records it', async () => {
      const events: unknown[] = [];
      const auditor = mockServices.auditor.mock({
        createEvent: async options => {
          events.push({ begin: options.eventId, meta: options.meta });
          return {
            success: async o => {
              events.push({ success: o?.meta });
            },
            fail: async o => {
              events.push({ fail: o.error.message });
            },
          };
        },
      });
      const server = await startBackend(undefined, [auditor.factory]);
      const token = await portalToken('bob');
      const jobName = await cancelableJob(server);
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(token));
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ name: jobName });
      expect(['CancelRequested', 'Canceled']).toContain(res.body.status);

      const list = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));
      const after = list.body.items.find((j: AzureMlJob) => j.name === jobName);
      expect(['CancelRequested', 'Canceled']).toContain(after.status);

      expect(events).toEqual([
        {
          begin: 'job-cancel',
          meta: {
            resourceId: `${WORKSPACE_ID}/jobs/${jobName}`,
            actor: 'user:default/mock',
            azureIdentity: {
              objectId: demoIds.user('bob'),
              tenantId: CONTOSO,
            },
          },
        },
        {
          success: { correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
        },
      ]);
    });

    it("refuses dave's cancel with Azure's action and scope", async () => {
      const server = await startBackend();
      const jobName = await cancelableJob(server);
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(await portalToken('dave')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: expect.stringMatching(
          new RegExp(
            `^Azure RBAC denied action 'Microsoft\\.MachineLearningServices/workspaces/jobs/cancel/action' on scope '${WORKSPACE_ID}/jobs/${jobName}': Cancel job ${jobName} needs a role assignment that grants this action; ask an owner of the scope for access \\(AuthorizationFailed, correlation id [0-9a-f-]{36}\\)$`,
          ),
        ),
      });
    });

    it('answers a Backstage permission denial with 403 naming azureMl.job.cancel', async () => {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(r => ({
            result:
              'permission' in r && r.permission.name === 'azureMl.job.cancel'
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })) as any,
      });
      const server = await startBackend(permissions.factory);
      const token = await portalToken('bob');
      const jobName = await cancelableJob(server);
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message:
          "Backstage permission policy denied 'azureMl.job.cancel' (update); ask a Backstage administrator for access",
      });
      // Listing is still allowed.
      const list = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));
      expect(list.status).toBe(200);
    });
  });

  describe('user token', () => {
    const listAs = async (token?: string) =>
      request(await startBackend())
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));

    it('answers 401 without one', async () => {
      expect(errorOf(await listAs(undefined))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message:
          'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
      });
    });

    it('answers 401 to an expired one', async () => {
      const realNow = emulator.ctx.now;
      emulator.ctx.now = () => realNow() - 2 * 60 * 60 * 1000;
      let token: string;
      try {
        token = await portalToken('bob');
      } finally {
        emulator.ctx.now = realNow;
      }
      const exp = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      ).exp;
      expect(errorOf(await listAs(token))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message: `Azure access token expired at ${new Date(
          exp * 1000,
        ).toISOString()}; sign in again`,
      });
    });

    it('answers 401 to a forged one', async () => {
      const [header, payload, signature] = (await portalToken('bob')).split(
        '.',
      );
      const flipped = signature[10] === 'A' ? 'B' : 'A';
      const forged = `${header}.${payload}.${signature.slice(
        0,
        10,
      )}${flipped}${signature.slice(11)}`;
      expect(errorOf(await listAs(forged))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message:
          'Azure access token has a bad signature: signature verification failed',
      });
    });

    it('answers 401 to a token for another audience (ARM)', async () => {
      const { token } = await userAccessToken(emulator, demoIds.user('bob'));
      expect(errorOf(await listAs(token))).toEqual({
        status: 401,
        name: 'AuthenticationError',
        message: `Azure access token is for audience 'https://management.azure.com/', not the portal API (expected '${PORTAL_ID}' or 'api://${PORTAL_ID}')`,
      });
    });
  });

  describe('GET /identity', () => {
    it("describes bob's delegated identity without the token", async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const res = await request(server)
        .get('/api/azure-ml/identity')
        .set(headers(token));
      expect(res.status).toBe(200);
      const exp = JSON.parse(
        Buffer.from(token.split('.')[1], 'base64url').toString(),
      ).exp;
      expect(res.body).toEqual({
        tenantId: CONTOSO,
        objectId: demoIds.user('bob'),
        identityMode: 'delegated',
        audience: expect.stringMatching(new RegExp(`^(api://)?${PORTAL_ID}$`)),
        scopes: ['access_as_user'],
        expiresAt: new Date(exp * 1000).toISOString(),
      });
      expect(JSON.stringify(res.body)).not.toContain(token.split('.')[2]);
    });
  });
});
