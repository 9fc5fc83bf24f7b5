/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditEvent,
  AzureMlJob,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  CONTOSO,
  TEST_AUDIT_SECRET,
  demoWorkspace,
  errorOf,
  resourceEntity,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';
import { AUDIT_EVENTS_TABLE } from '../ledger/auditEventRow';
import { KnexAuditLedger } from '../ledger/KnexAuditLedger';
import {
  AUDIT_ENGINES,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import { AUDIT_UNAVAILABLE_MESSAGE } from './runAudited';

const VISION = demoWorkspace('vision');
const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';
const ENDPOINT_TYPE =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
const CANCEL_ACTION = `${JOB_TYPE}/cancel/action`;
const ENDPOINT_WRITE = `${ENDPOINT_TYPE}/write`;

// Each test boots the plugin and calls the emulator many times: slow on a busy machine.
jest.setTimeout(60_000);

describe.each(AUDIT_ENGINES)(
  'audited actions through the plugin, ledger on %s',
  (_engine, open) => {
    const harness = usePluginTestHarness();
    const state = () => harness.emulator.ctx.state;
    let db: TestAuditDatabase;
    let ledger: KnexAuditLedger;

    beforeEach(async () => {
      db = await open();
      ledger = new KnexAuditLedger(db.knex, TEST_AUDIT_SECRET);
    });
    afterEach(() => db.drop());

    /** Every ledger event, oldest first. */
    async function ledgerEvents(): Promise<AzureMlAuditEvent[]> {
      const events: AzureMlAuditEvent[] = [];
      for await (const event of ledger.stream({})) events.push(event);
      return events;
    }

    /** The writes the emulator received for an ARM action, as its activity log records them. */
    function azureWrites(action: string) {
      return state().activityLog.filter(
        e => e.status.value === 'Started' && e.operationName.value === action,
      );
    }

    const blueGreen = () => {
      const endpoint = state()
        .listChildren(VISION.id, ENDPOINT_TYPE)
        .find(e => Object.keys(e.properties.traffic ?? {}).length === 2)!;
      return {
        ...endpoint,
        path: `${VISION.path}/endpoints/${endpoint.name}`,
        deployments: Object.keys(endpoint.properties.traffic).sort(),
        entity: resourceEntity(`endpoint-${endpoint.name}`, endpoint.id),
      };
    };

    function start(options: Parameters<typeof harness.startBackend>[0] = {}) {
      return harness.startBackend({
        entities: [resourceEntity('mlw-vision', VISION.id), blueGreen().entity],
        ...options,
        extra: [
          mockServices.database.factory({ knex: db.knex }),
          ...(options.extra ?? []),
        ],
      });
    }

    async function runningJob(server: Awaited<ReturnType<typeof start>>) {
      const res = await request(server)
        .get(`${VISION.path}/jobs`)
        .set(headers(await harness.token('bob')));
      const job = (res.body.items as AzureMlJob[]).find(j =>
        ['Running', 'Queued', 'Preparing', 'Starting'].includes(j.status),
      );
      if (!job) throw new Error('no running job in mlw-vision');
      return job;
    }

    const denyCancel = () =>
      mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(r => ({
            result:
              'permission' in r && r.permission.name === 'azureMl.job.cancel'
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })) as any,
      }).factory;

    it("records a cancel as initiated, then succeeded with Azure's correlation id", async () => {
      const server = await start();
      const job = await runningJob(server);
      const res = await request(server)
        .post(`${VISION.path}/jobs/${job.name}/cancel`)
        .set({
          ...headers(await harness.token('bob')),
          'x-request-id': 'req-cancel-1',
          'user-agent': 'audit-test/1.0',
        });
      expect(res.status).toBe(202);

      const [write] = azureWrites(CANCEL_ACTION);
      expect(write.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      const common = {
        actor: {
          userEntityRef: 'user:default/mock',
          objectId: demoIds.user('bob'),
          tenantId: CONTOSO,
        },
        action: 'job.cancel',
        targetResourceId: job.id,
        workspaceId: VISION.id,
        parameters: {},
        requestId: 'req-cancel-1',
        clientIp: expect.stringMatching(/127\.0\.0\.1$/),
        userAgent: 'audit-test/1.0',
        source: 'portal',
      };
      const events = await ledgerEvents();
      expect(events).toEqual([
        expect.objectContaining({
          ...common,
          sequence: 1,
          outcome: 'initiated',
        }),
        expect.objectContaining({
          ...common,
          sequence: 2,
          outcome: 'succeeded',
          correlationId: write.correlationId,
        }),
      ]);
      expect(events[0].correlationId).toBeUndefined();
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        checkedEvents: 2,
      });
    });

    it('gives each attempt its own request id when the caller sends none', async () => {
      const server = await start();
      const job = await runningJob(server);
      const token = await harness.token('bob');
      for (let i = 0; i < 2; i++) {
        await request(server)
          .post(`${VISION.path}/jobs/${job.name}/cancel`)
          .set(headers(token))
          .expect(202);
      }
      const ids = (await ledgerEvents()).map(e => e.requestId);
      expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(ids[1]).toBe(ids[0]);
      expect(ids[2]).toBe(ids[3]);
      expect(ids[2]).not.toBe(ids[0]);
    });

    it('records a traffic shift with its split', async () => {
      const endpoint = blueGreen();
      const server = await start();
      const [blue, green] = endpoint.deployments;
      const res = await request(server)
        .put(`${endpoint.path}/traffic`)
        .set(headers(await harness.token('bob')))
        .send({ traffic: { [blue]: 25, [green]: 75 } });
      expect(res.status).toBe(202);
      const [write] = azureWrites(ENDPOINT_WRITE);
      expect(await ledgerEvents()).toEqual([
        expect.objectContaining({
          action: 'endpoint.traffic.update',
          targetResourceId: endpoint.id,
          workspaceId: VISION.id,
          parameters: { traffic: { [blue]: 25, [green]: 75 } },
          outcome: 'initiated',
        }),
        expect.objectContaining({
          action: 'endpoint.traffic.update',
          parameters: { traffic: { [blue]: 25, [green]: 75 } },
          outcome: 'succeeded',
          correlationId: write.correlationId,
        }),
      ]);
    });

    it('records a cancel the Backstage permission policy refuses as denied by backstage, and Azure sees nothing', async () => {
      const server = await start({ permissions: denyCancel() });
      const job = await runningJob(server);
      const res = await request(server)
        .post(`${VISION.path}/jobs/${job.name}/cancel`)
        .set(headers(await harness.token('bob')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message:
          "Backstage permission policy denied 'azureMl.job.cancel' (update) on resource:default/mlw-vision; ask a Backstage administrator for access",
      });
      expect(await ledgerEvents()).toEqual([
        expect.objectContaining({
          sequence: 1,
          actor: {
            userEntityRef: 'user:default/mock',
            objectId: demoIds.user('bob'),
            tenantId: CONTOSO,
          },
          action: 'job.cancel',
          targetResourceId: job.id,
          outcome: 'denied',
          deniedBy: 'backstage',
          errorCode: 'NotAllowedError',
          message: res.body.error.message,
        }),
      ]);
      expect(azureWrites(CANCEL_ACTION)).toEqual([]);
    });

    it('records a cancel of a workspace without a catalog entity as denied by backstage', async () => {
      const server = await start({ entities: [] });
      const job = await runningJob(server);
      const res = await request(server)
        .post(`${VISION.path}/jobs/${job.name}/cancel`)
        .set(headers(await harness.token('bob')));
      expect(res.status).toBe(403);
      expect(await ledgerEvents()).toEqual([
        expect.objectContaining({
          outcome: 'denied',
          deniedBy: 'backstage',
          message: expect.stringMatching(/has no catalog entity/),
        }),
      ]);
    });

    it("records carol's cancel (Reader on rg-vision) as initiated, then denied by azure", async () => {
      const server = await start();
      const job = await runningJob(server);
      const res = await request(server)
        .post(`${VISION.path}/jobs/${job.name}/cancel`)
        .set(headers(await harness.token('carol')));
      expect(errorOf(res)).toMatchObject({
        status: 403,
        message: expect.stringMatching(/^Azure RBAC denied action/),
      });
      const [write] = azureWrites(CANCEL_ACTION);
      expect(write.status).toBeDefined();
      const events = await ledgerEvents();
      expect(events).toEqual([
        expect.objectContaining({
          outcome: 'initiated',
          actor: expect.objectContaining({ objectId: demoIds.user('carol') }),
        }),
        expect.objectContaining({
          outcome: 'denied',
          deniedBy: 'azure',
          errorCode: 'AuthorizationFailed',
          correlationId: write.correlationId,
          message: res.body.error.message,
        }),
      ]);
      expect(events[1].requestId).toBe(events[0].requestId);
    });

    it("records a cancel Azure fails as failed, with Azure's code (UserError for a missing job)", async () => {
      const server = await start();
      const res = await request(server)
        .post(`${VISION.path}/jobs/no_such_job/cancel`)
        .set(headers(await harness.token('bob')));
      expect(res.status).toBe(404);
      const events = await ledgerEvents();
      expect(events.map(e => e.outcome)).toEqual(['initiated', 'failed']);
      expect(events[1]).toMatchObject({
        errorCode: 'UserError',
        message: res.body.error.message,
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
    });

    it.each([
      [
        'its table is gone',
        (d: TestAuditDatabase) =>
          d.knex.schema.renameTable(AUDIT_EVENTS_TABLE, 'moved_away'),
      ],
      [
        'its database is unreachable',
        (d: TestAuditDatabase) => d.knex.destroy(),
      ],
    ])(
      'refuses a cancel with 503 when the ledger cannot be written (%s), and the job keeps running',
      async (_why, breakLedger) => {
        const server = await start();
        const job = await runningJob(server);
        await breakLedger(db);
        const res = await request(server)
          .post(`${VISION.path}/jobs/${job.name}/cancel`)
          .set(headers(await harness.token('bob')));
        expect(errorOf(res)).toEqual({
          status: 503,
          name: 'ServiceUnavailableError',
          message: AUDIT_UNAVAILABLE_MESSAGE,
        });
        expect(azureWrites(CANCEL_ACTION)).toEqual([]);
        const after = await request(server)
          .get(`${VISION.path}/jobs/${job.name}`)
          .set(headers(await harness.token('bob')));
        expect(after.status).toBe(200);
        expect(['CancelRequested', 'Canceled']).not.toContain(
          after.body.status,
        );
      },
    );

    it('records every mutation Azure received: none missing, each with one outcome', async () => {
      const endpoint = blueGreen();
      const [blue, green] = endpoint.deployments;
      const server = await start();
      const denied = await start({ permissions: denyCancel() });
      const job = await runningJob(server);
      const bob = await harness.token('bob');
      const carol = await harness.token('carol');
      const cancel = (s: typeof server, token: string) =>
        request(s)
          .post(`${VISION.path}/jobs/${job.name}/cancel`)
          .set(headers(token));
      const shift = (token: string, share: number) =>
        request(server)
          .put(`${endpoint.path}/traffic`)
          .set(headers(token))
          .send({ traffic: { [blue]: share, [green]: 100 - share } });

      const answers = [];
      for (let i = 0; i < 3; i++) {
        answers.push((await cancel(server, bob)).status);
        answers.push((await cancel(server, carol)).status);
        answers.push((await cancel(denied, bob)).status);
        answers.push((await shift(bob, 10 * (i + 1))).status);
        answers.push((await shift(carol, 50)).status);
      }
      expect(answers).toEqual(Array(3).fill([202, 403, 403, 202, 403]).flat());

      const events = await ledgerEvents();
      const initiated = events.filter(e => e.outcome === 'initiated');
      const writes = [
        ...azureWrites(CANCEL_ACTION),
        ...azureWrites(ENDPOINT_WRITE),
      ];
      expect(writes).toHaveLength(12);
      expect(initiated).toHaveLength(writes.length);
      for (const action of ['job.cancel', 'endpoint.traffic.update']) {
        expect(initiated.filter(e => e.action === action)).toHaveLength(
          azureWrites(action === 'job.cancel' ? CANCEL_ACTION : ENDPOINT_WRITE)
            .length,
        );
      }
      // Each attempt Azure saw has exactly one outcome, joined by correlation id.
      for (const attempt of initiated) {
        const outcomes = events.filter(
          e => e.requestId === attempt.requestId && e.outcome !== 'initiated',
        );
        expect(outcomes).toHaveLength(1);
        expect(writes.map(w => w.correlationId)).toContain(
          outcomes[0].correlationId,
        );
      }
      expect(
        events.filter(
          e => e.outcome === 'denied' && e.deniedBy === 'backstage',
        ),
      ).toHaveLength(3);
      expect(events).toHaveLength(12 * 2 + 3);
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        checkedEvents: 27,
      });
    });
  },
);
