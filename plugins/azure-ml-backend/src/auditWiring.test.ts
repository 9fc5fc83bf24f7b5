/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mockServices } from '@backstage/backend-test-utils';
import {
  TEST_AUDIT_SECRET,
  usePluginTestHarness,
} from './__testUtils__/pluginTestHarness';
import { AUDIT_EVENTS_TABLE } from './ledger/auditEventRow';
import { AUDIT_RETENTION_TASK_ID } from './ledger/scheduleAuditRetention';
import { KnexAuditLedger } from './ledger/KnexAuditLedger';
import {
  sqliteAuditDatabase,
  type TestAuditDatabase,
} from './ledger/__testUtils__/auditTestDatabases';

describe('the audit ledger in the plugin', () => {
  const harness = usePluginTestHarness();
  let db: TestAuditDatabase;

  beforeEach(() => {
    db = sqliteAuditDatabase();
  });
  afterEach(() => db.drop());

  it("migrates the plugin's database at start", async () => {
    await harness.startBackend({
      extra: [mockServices.database.factory({ knex: db.knex })],
    });
    expect(await db.knex.schema.hasTable(AUDIT_EVENTS_TABLE)).toBe(true);
    expect(
      await new KnexAuditLedger(db.knex, TEST_AUDIT_SECRET).verify(),
    ).toMatchObject({ valid: true, checkedEvents: 0 });
  });

  it('schedules the daily prune when a retention is configured', async () => {
    const scheduler = mockServices.scheduler.mock();
    await harness.startBackend({
      extra: [
        mockServices.database.factory({ knex: db.knex }),
        scheduler.factory,
      ],
      azureMl: { audit: { secret: TEST_AUDIT_SECRET, retention: { days: 7 } } },
    });
    const ids = scheduler.scheduleTask.mock.calls.map(([task]) => task.id);
    expect(ids).toContain(AUDIT_RETENTION_TASK_ID);
  });

  it('does not start without a secret to sign the ledger with', async () => {
    await expect(
      harness.startBackend({ azureMl: { audit: undefined } }),
    ).rejects.toThrow(/Missing config azureMl\.audit\.secret/);
  });
});
