/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlJob,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  CONTOSO,
  FABRIKAM,
  demoWorkspace,
  errorOf,
  resourceEntity,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const SUBSCRIPTION = VISION.subscriptionId;
const WORKSPACE_PATH = VISION.path;
const WORKSPACE_ID = VISION.id;
const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';

describe('job routes', () => {
  const harness = usePluginTestHarness();
  const startBackend = harness.startBackend;
  const portalToken = (user: string) => harness.token(user);

  function activeJobNames(): string[] {
    return harness.emulator.ctx.state
      .listChildren(WORKSPACE_ID, JOB_TYPE)
      .filter(job => !job.properties.isArchived)
      .map(job => job.name);
  }

  /** Adds copies of a job, older than every demo job, so the list has a second page. */
  function addOlderJobs(count: number) {
    const state = harness.emulator.ctx.state;
    const [template] = state.listChildren(WORKSPACE_ID, JOB_TYPE);
    for (let i = 0; i < count; i++) {
      const name = `older_job_${i}`;
      state.putResource({
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
        message: `Invalid pageToken: it is not a page of ${WORKSPACE_ID}/jobs; pass the nextPageToken of the previous page unchanged`,
      });
    });

    it('filters by status, experiment, job type and submitter', async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const all: AzureMlJob[] = (
        await request(server).get(`${WORKSPACE_PATH}/jobs`).set(headers(token))
      ).body.items;
      const [sample] = all;
      const expectFilter = async (
        query: Record<string, string>,
        keep: (j: AzureMlJob) => boolean,
      ) => {
        const res = await request(server)
          .get(`${WORKSPACE_PATH}/jobs`)
          .query(query)
          .set(headers(token));
        expect(res.status).toBe(200);
        const expected = all.filter(keep).map(j => j.name);
        expect(expected.length).toBeGreaterThan(0);
        expect(res.body.items.map((j: AzureMlJob) => j.name)).toEqual(expected);
      };
      await expectFilter({ status: `${sample.status},Failed` }, j =>
        [sample.status, 'Failed'].includes(j.status),
      );
      await expectFilter(
        { experimentName: sample.experimentName },
        j => j.experimentName === sample.experimentName,
      );
      await expectFilter(
        { jobType: sample.jobType },
        j => j.jobType === sample.jobType,
      );
      await expectFilter(
        { submittedBy: sample.submittedBy.toUpperCase() },
        j => j.submittedBy === sample.submittedBy,
      );
    });

    it('answers 400 to an unknown status or filter, before calling Azure', async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const before = harness.emulator.ctx.requestCounts.get('arm') ?? 0;
      const bad = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .query({ status: 'Running,Sleeping' })
        .set(headers(token));
      expect(errorOf(bad)).toMatchObject({ status: 400, name: 'InputError' });
      expect(bad.body.error.message).toBe(
        'request/query/status/1 must be equal to one of the allowed values: NotStarted, Starting, Provisioning, Preparing, Queued, Running, Finalizing, CancelRequested, Completed, Failed, Canceled, NotResponding, Paused, Unknown',
      );
      const unknown = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .query({ owner: 'bob' })
        .set(headers(token));
      expect(errorOf(unknown)).toMatchObject({
        status: 400,
        name: 'InputError',
      });
      expect(harness.emulator.ctx.requestCounts.get('arm') ?? 0).toBe(before);
    });

    it("lists bob's jobs in Fabrikam's workspace as his guest account there", async () => {
      const research = demoWorkspace('research');
      const server = await startBackend();
      const res = await request(server)
        .get(`${research.path}/jobs`)
        .set(headers(await portalToken('bob')));
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items[0].id).toMatch(new RegExp(`^${research.id}/jobs/`));
    });

    it("refuses carol in Fabrikam, where she has no account, with Entra's reason", async () => {
      const server = await startBackend();
      const res = await request(server)
        .get(`${demoWorkspace('research').path}/jobs`)
        .set(headers(await portalToken('carol')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: expect.stringContaining(
          `On-behalf-of exchange for scope https://management.azure.com/.default in tenant ${FABRIKAM} failed: AADSTS50020: User account 'carol@contoso.onmicrosoft.com'`,
        ),
      });
    });

    it('answers 404 for a subscription the portal is not configured for', async () => {
      const server = await startBackend();
      const res = await request(server)
        .get(
          '/api/azure-ml/workspaces/99999999-0000-4000-8000-000000000099/rg-x/mlw-x/jobs',
        )
        .set(headers(await portalToken('bob')));
      expect(errorOf(res)).toEqual({
        status: 404,
        name: 'NotFoundError',
        message:
          'Subscription 99999999-0000-4000-8000-000000000099 is not one this portal shows; an administrator adds it under azureMl.tenants[].subscriptions',
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

    it('answers 400 naming the parameter of a bad workspace name, before calling Azure', async () => {
      const server = await startBackend();
      const token = await portalToken('bob');
      const before = harness.emulator.ctx.requestCounts.get('arm') ?? 0;
      const res = await request(server)
        .get(`/api/azure-ml/workspaces/${SUBSCRIPTION}/rg-vision/a/jobs`)
        .set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message:
          'request/params/workspaceName must NOT have fewer than 3 characters',
      });
      expect(harness.emulator.ctx.requestCounts.get('arm') ?? 0).toBe(before);
    });
  });

  describe('POST /workspaces/:s/:rg/:ws/jobs/:job/cancel', () => {
    /** A job of mlw-vision that is running or about to, as bob's list shows it. */
    async function cancelableJob(
      server: Awaited<ReturnType<typeof startBackend>>,
    ) {
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
      const server = await startBackend({ extra: [auditor.factory] });
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

    it('refuses a cancel when the workspace has no catalog entity (fail closed)', async () => {
      const server = await startBackend({ entities: [] });
      const jobName = await cancelableJob(server);
      const before = harness.emulator.ctx.state.getResource(
        `${WORKSPACE_ID}/jobs/${jobName}`,
      )?.properties.status;
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(await portalToken('bob')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: `Backstage permission policy cannot authorize this change: the workspace ${WORKSPACE_ID} has no catalog entity (annotation ml.azure.com/resource-id), so no owner is known; register it in the catalog first`,
      });
      expect(
        harness.emulator.ctx.state.getResource(
          `${WORKSPACE_ID}/jobs/${jobName}`,
        )?.properties.status,
      ).toBe(before);
    });

    it("authorizes the cancel against the workspace's catalog entity", async () => {
      const seen: unknown[] = [];
      const permissions = mockServices.permissions.mock({
        authorize: async requests => {
          seen.push(...requests);
          return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
        },
      });
      const server = await startBackend({
        permissions: permissions.factory,
        entities: [resourceEntity('vision-workspace', WORKSPACE_ID)],
      });
      const jobName = await cancelableJob(server);
      seen.length = 0;
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(await portalToken('bob')));
      expect(res.status).toBe(202);
      expect(seen).toEqual([
        {
          permission: expect.objectContaining({
            name: 'azureMl.job.cancel',
            resourceType: 'catalog-entity',
          }),
          resourceRef: 'resource:default/vision-workspace',
        },
      ]);
    });

    it("refuses carol's cancel (Reader) with Azure's action and scope, and changes nothing", async () => {
      const server = await startBackend();
      const jobName = await cancelableJob(server);
      const before = harness.emulator.ctx.state.getResource(
        `${WORKSPACE_ID}/jobs/${jobName}`,
      )?.properties.status;
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(await portalToken('carol')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: expect.stringMatching(
          new RegExp(
            `^Azure RBAC denied action 'Microsoft\\.MachineLearningServices/workspaces/jobs/cancel/action' on scope '${WORKSPACE_ID}/jobs/${jobName}': `,
          ),
        ),
      });
      expect(
        harness.emulator.ctx.state.getResource(
          `${WORKSPACE_ID}/jobs/${jobName}`,
        )?.properties.status,
      ).toBe(before);
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
      const server = await startBackend({
        permissions: permissions.factory,
      });
      const token = await portalToken('bob');
      const jobName = await cancelableJob(server);
      const res = await request(server)
        .post(`${WORKSPACE_PATH}/jobs/${jobName}/cancel`)
        .set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message:
          "Backstage permission policy denied 'azureMl.job.cancel' (update) on resource:default/mlw-vision; ask a Backstage administrator for access",
      });
      // Listing is still allowed.
      const list = await request(server)
        .get(`${WORKSPACE_PATH}/jobs`)
        .set(headers(token));
      expect(list.status).toBe(200);
    });
  });
});
