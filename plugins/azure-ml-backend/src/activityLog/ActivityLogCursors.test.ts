/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AUDIT_ENGINES,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import {
  ACTIVITY_LOG_CURSORS_TABLE,
  ActivityLogCursors,
} from './ActivityLogCursors';

const SUBSCRIPTION = '55555555-0000-4000-8000-0000000000AB';

describe.each(AUDIT_ENGINES)('ActivityLogCursors on %s', (_engine, open) => {
  let db: TestAuditDatabase;
  beforeEach(async () => {
    db = await open();
    // The ledger's migrations create the cursors table too.
    await db.ledger();
  });
  afterEach(() => db.drop());

  it('has no cursor before the first import, then the last one set, per subscription', async () => {
    const cursors = new ActivityLogCursors(db.knex);
    expect(await cursors.get(SUBSCRIPTION)).toBeUndefined();

    await cursors.set(SUBSCRIPTION, new Date('2026-03-01T10:00:00.000Z'));
    await cursors.set(
      SUBSCRIPTION.toLowerCase(),
      new Date('2026-03-01T10:15:00.000Z'),
    );
    await cursors.set(
      '55555555-0000-4000-8000-000000000002',
      new Date('2026-02-01T00:00:00.000Z'),
    );

    expect(await cursors.get(SUBSCRIPTION)).toEqual(
      new Date('2026-03-01T10:15:00.000Z'),
    );
    const rows = await db
      .knex(ACTIVITY_LOG_CURSORS_TABLE)
      .select('subscription_id', 'imported_until')
      .orderBy('subscription_id');
    expect(rows).toEqual([
      {
        subscription_id: '55555555-0000-4000-8000-000000000002',
        imported_until: '2026-02-01T00:00:00.000Z',
      },
      {
        subscription_id: SUBSCRIPTION.toLowerCase(),
        imported_until: '2026-03-01T10:15:00.000Z',
      },
    ]);
  });
});
