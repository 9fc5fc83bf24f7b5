/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AUDIT_EVENTS_TABLE } from './auditEventRow';
import {
  TEST_AUDIT_SECRET,
  postgresAuditDatabase,
  type TestAuditDatabase,
} from './__testUtils__/auditTestDatabases';
import { forkAppendWorkers } from './__testUtils__/forkAppendWorkers';

describe('KnexAuditLedger with two backend processes on PostgreSQL', () => {
  let db: TestAuditDatabase;

  beforeAll(async () => {
    db = await postgresAuditDatabase();
  });
  afterAll(() => db.drop());

  it('appends from both at once into one valid chain with no gaps', async () => {
    const ledger = await db.ledger();
    const results = await forkAppendWorkers({
      url: db.url!,
      secret: TEST_AUDIT_SECRET,
      workers: 2,
      count: 150,
      concurrency: 3,
    });
    expect(results.map(r => r.appended)).toEqual([150, 150]);

    const rows: { sequence: string; actor_service: string }[] = await db
      .knex(AUDIT_EVENTS_TABLE)
      .orderBy('sequence')
      .select('sequence', 'actor_service');
    expect(rows.map(r => Number(r.sequence))).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1),
    );
    const writers = rows.map(r => r.actor_service);
    expect(writers.filter(w => w === 'writer-1')).toHaveLength(150);
    expect(writers.filter(w => w === 'writer-2')).toHaveLength(150);
    // The two really wrote at the same time: their events interleave.
    const switches = writers.filter((w, i) => i > 0 && w !== writers[i - 1]);
    expect(switches.length).toBeGreaterThan(10);

    expect(await ledger.verify()).toMatchObject({
      valid: true,
      checkedEvents: 300,
      fromSequence: 1,
      toSequence: 300,
    });
  }, 60_000);
});
