/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  TEST_AUDIT_SECRET,
  demoWorkspace,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';
import {
  sqliteAuditDatabase,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import { ACTIVITY_LOG_IMPORT_TASK_ID } from './scheduleActivityLogImport';
import { azureWritesForTests } from './__testUtils__/azureWritesForTests';

const VISION = demoWorkspace('vision');
const ML_PROVIDER = 'Microsoft.MachineLearningServices';

describe('the Activity Log import of the plugin', () => {
  const harness = usePluginTestHarness();
  let db: TestAuditDatabase;
  beforeEach(async () => {
    db = await sqliteAuditDatabase();
  });
  afterEach(() => db.drop());

  /** The plugin on `db`, with a scheduler the test triggers. */
  async function startBackend() {
    // The mock scheduler also makes its own factory (its type does not say so).
    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(): ServiceFactory;
    };
    const server = await harness.startBackend({
      extra: [
        mockServices.database.factory({ knex: db.knex }),
        scheduler.factory(),
      ],
    });
    return { server, scheduler };
  }

  const ledgerEvents = async (): Promise<AzureMlAuditEvent[]> => {
    const ledger = await db.ledger(TEST_AUDIT_SECRET);
    const events: AzureMlAuditEvent[] = [];
    for await (const event of ledger.stream({})) events.push(event);
    return events;
  };
  const summary = (events: AzureMlAuditEvent[]) =>
    events.map(e => [e.source, e.action, e.outcome]);

  /** Every Azure ML event the emulator's Activity Log holds. */
  const azureEvents = () =>
    harness.emulator.ctx.state.activityLog.filter(
      e => e.resourceProviderName.value === ML_PROVIDER,
    );

  it("puts actions taken in Azure directly beside the portal's own, joined by correlation id, once", async () => {
    const { server, scheduler } = await startBackend();
    const writes = azureWritesForTests(harness.emulator);

    // Before the first run, nothing was imported: the task waits after start.
    expect((await scheduler.getScheduledTasks()).map(t => t.id)).toContain(
      ACTIVITY_LOG_IMPORT_TASK_ID,
    );
    expect(summary(await ledgerEvents())).toEqual([]);

    // Through the portal: bob cancels two jobs, carol (a Reader) is refused by Azure.
    const bob = await harness.token('bob');
    const [first, second] = await writes.activeJobs('bob', 'vision');
    for (const jobName of [first, second]) {
      const res = await request(server)
        .post(`${VISION.path}/jobs/${jobName}/cancel`)
        .set(headers(bob));
      expect(res.status).toBe(202);
    }
    const [third] = await writes.activeJobs('bob', 'vision');
    const refused = await request(server)
      .post(`${VISION.path}/jobs/${third}/cancel`)
      .set(headers(await harness.token('carol')));
    expect(refused.status).toBe(403);
    // Outside the portal: alice shifts traffic with the Azure SDK.
    const direct = await writes.updateTraffic('alice', 'vision');

    await scheduler.triggerTask(ACTIVITY_LOG_IMPORT_TASK_ID);
    const events = await ledgerEvents();

    // Every Azure ML event of the Activity Log, none missing.
    const imported = events.filter(e => e.source === 'azure-activity-log');
    expect(imported.map(e => e.correlationId).sort()).toEqual(
      azureEvents()
        .map(e => e.correlationId)
        .sort(),
    );

    const byCorrelation = (id?: string) =>
      summary(events.filter(e => id && e.correlationId === id));
    for (const jobName of [first, second]) {
      const portal = events.filter(
        e =>
          e.source === 'portal' &&
          e.targetResourceId === `${VISION.id}/jobs/${jobName}`,
      );
      expect(summary(portal)).toEqual([
        ['portal', 'job.cancel', 'initiated'],
        ['portal', 'job.cancel', 'succeeded'],
      ]);
      const { correlationId } = portal[1];
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(byCorrelation(correlationId)).toEqual([
        ['portal', 'job.cancel', 'succeeded'],
        ['azure-activity-log', 'job.cancel', 'initiated'],
        ['azure-activity-log', 'job.cancel', 'succeeded'],
      ]);
      const fromAzure = events.filter(
        e =>
          e.source === 'azure-activity-log' &&
          e.correlationId === correlationId,
      );
      for (const event of fromAzure) {
        expect(event).toMatchObject({
          targetResourceId: portal[1].targetResourceId,
          workspaceId: VISION.id,
          actor: { objectId: demoIds.user('bob') },
        });
      }
      expect(portal[1].actor.objectId).toBe(demoIds.user('bob'));
    }

    // Azure's refusal of carol, from both sides.
    const denials = events.filter(e => e.outcome === 'denied');
    expect(
      denials.map(e => [e.source, e.action, e.deniedBy, e.actor.objectId]),
    ).toEqual([
      ['portal', 'job.cancel', 'azure', demoIds.user('carol')],
      ['azure-activity-log', 'job.cancel', 'azure', demoIds.user('carol')],
    ]);
    expect(denials[0].correlationId).toBe(denials[1].correlationId);

    // The direct write appears from the Activity Log only.
    expect(byCorrelation(direct.correlationId)).toEqual([
      ['azure-activity-log', 'endpoint.traffic.update', 'initiated'],
      ['azure-activity-log', 'endpoint.traffic.update', 'succeeded'],
    ]);

    // A second run adds nothing, and the chain of both writers verifies.
    await scheduler.triggerTask(ACTIVITY_LOG_IMPORT_TASK_ID);
    expect(await ledgerEvents()).toHaveLength(events.length);
    const verification = await (await db.ledger(TEST_AUDIT_SECRET)).verify();
    expect(verification).toMatchObject({
      valid: true,
      checkedEvents: events.length,
    });
  }, 60_000);
});
