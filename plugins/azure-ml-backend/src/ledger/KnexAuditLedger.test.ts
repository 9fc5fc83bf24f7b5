/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { createHmac } from 'node:crypto';
import type { AuditRecord } from './AuditLedger';
import {
  AUDIT_CHECKPOINTS_TABLE,
  AUDIT_EVENTS_TABLE,
  type AuditEventRow,
} from './auditEventRow';
import { canonicalEventEncoding } from './canonicalEventEncoding';
import type { KnexAuditLedger } from './KnexAuditLedger';
import {
  AUDIT_ENGINES,
  TEST_AUDIT_SECRET,
  type TestAuditDatabase,
} from './__testUtils__/auditTestDatabases';

const WS =
  '/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';
const DAY = 24 * 60 * 60 * 1000;

function record(overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    actor: {
      userEntityRef: 'user:default/bob',
      objectId: '11111111-1111-1111-1111-111111111111',
      tenantId: '22222222-2222-2222-2222-222222222222',
    },
    action: 'job.cancel',
    targetResourceId: `${WS}/jobs/job_1`,
    workspaceId: WS,
    parameters: { reason: 'stuck' },
    outcome: 'initiated',
    requestId: 'req-1',
    clientIp: '10.0.0.1',
    userAgent: 'jest',
    source: 'portal',
    ...overrides,
  };
}

describe.each(AUDIT_ENGINES)('KnexAuditLedger on %s', (_engine, open) => {
  let db: TestAuditDatabase;
  let ledger: KnexAuditLedger;
  const events = () => db.knex<AuditEventRow>(AUDIT_EVENTS_TABLE);
  const countEvents = async () => {
    const counted = (await events().count({ n: '*' }).first()) as {
      n: number | string;
    };
    return Number(counted.n);
  };

  beforeEach(async () => {
    db = await open();
    ledger = await db.ledger();
  });
  afterEach(() => db.drop());

  async function appendMany(count: number, make = (_i: number) => record()) {
    const out: AzureMlAuditEvent[] = [];
    for (let i = 0; i < count; i++) out.push(await ledger.append(make(i)));
    return out;
  }

  describe('append and verify', () => {
    it('chains events from the genesis hash and verifies them', async () => {
      const [first, second] = await appendMany(2, i =>
        record({ outcome: i === 0 ? 'initiated' : 'succeeded' }),
      );
      expect(first).toMatchObject({
        sequence: 1,
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
        actor: record().actor,
        action: 'job.cancel',
        targetResourceId: `${WS}/jobs/job_1`,
        workspaceId: WS,
        parameters: { reason: 'stuck' },
        outcome: 'initiated',
        requestId: 'req-1',
        clientIp: '10.0.0.1',
        userAgent: 'jest',
        source: 'portal',
        previousHash: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(second).toMatchObject({
        sequence: 2,
        outcome: 'succeeded',
        previousHash: first.hash,
      });
      const [row] = await events().where('sequence', 2);
      const { hash, ...content } = row;
      expect(hash).toBe(
        createHmac('sha256', TEST_AUDIT_SECRET)
          .update(first.hash + canonicalEventEncoding(content))
          .digest('hex'),
      );
      expect(await ledger.verify()).toEqual({
        valid: true,
        checkedEvents: 2,
        fromSequence: 1,
        toSequence: 2,
        verifiedAt: expect.any(String),
      });
    });

    it('verifies an empty ledger', async () => {
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        checkedEvents: 0,
        fromSequence: 1,
        toSequence: 0,
      });
    });

    it('reads events back exactly as written, including awkward text', async () => {
      const awkward = 'NUL\u0000 lone\uD800 emoji 😀 quote" back\\slash';
      const written = await ledger.append(
        record({
          message: awkward,
          userAgent: 'x'.repeat(5000),
          parameters: { z: 1, a: { y: [1, 'two'], b: null }, when: awkward },
          errorCode: 'AuthorizationFailed',
          correlationId: 'c0ffee00-0000-0000-0000-000000000000',
        }),
      );
      expect(written.message).toBe(
        'NUL\uFFFD lone\uFFFD emoji 😀 quote" back\\slash',
      );
      expect(written.userAgent).toHaveLength(1024);
      const page = await ledger.query({});
      expect(page.items).toEqual([written]);
      expect((await ledger.verify()).valid).toBe(true);
    });

    it('refuses a record that is not one', async () => {
      await expect(
        ledger.append(record({ outcome: 'maybe' as any })),
      ).rejects.toThrow("'maybe' is not an audit outcome");
      await expect(
        ledger.append(record({ source: 'elsewhere' as any })),
      ).rejects.toThrow("'elsewhere' is not an audit source");
      expect(await countEvents()).toBe(0);
    });

    it('keeps one chain when many appends run at once', async () => {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          ledger.append(record({ requestId: `req-${i}` })),
        ),
      );
      const rows = await events().orderBy('sequence');
      expect(rows.map(r => Number(r.sequence))).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        checkedEvents: 40,
      });
    });
  });

  describe('tampering, detected at the row', () => {
    const EDITS: Record<string, string> = {
      id: '99999999-9999-9999-9999-999999999999',
      time: '2020-01-01T00:00:00.000Z',
      actor_user_entity_ref: 'user:default/mallory',
      actor_object_id: '33333333-3333-3333-3333-333333333333',
      actor_tenant_id: '44444444-4444-4444-4444-444444444444',
      actor_service: 'plugin:other',
      action: 'job.submit',
      target_resource_id: `${WS}/jobs/other`,
      workspace_id: `${WS}-other`,
      parameters: '{"reason":"routine"}',
      outcome: 'succeeded',
      error_code: 'None',
      denied_by: 'azure',
      message: 'nothing to see',
      correlation_id: 'forged',
      request_id: 'req-forged',
      client_ip: '10.6.6.6',
      user_agent: 'curl',
      source: 'scaffolder',
      external_id: 'ext-forged',
    };

    it.each(Object.entries(EDITS))(
      'an edited %s is a hash-mismatch at that event',
      async (column, value) => {
        await appendMany(5);
        await events()
          .where('sequence', 3)
          .update({ [column]: value });
        expect(await ledger.verify()).toMatchObject({
          valid: false,
          checkedEvents: 3,
          toSequence: 3,
          firstBroken: {
            sequence: 3,
            reason: 'hash-mismatch',
            message:
              'Event 3 does not match its hash: it was edited after it was written',
          },
        });
      },
    );

    it('an edit re-hashed without the secret is still a hash-mismatch', async () => {
      await appendMany(3);
      const [row] = await events().where('sequence', 2);
      const forged = { ...row, message: 'approved' };
      const { hash: _old, ...content } = forged;
      await events()
        .where('sequence', 2)
        .update({
          message: 'approved',
          hash: createHmac('sha256', 'guessed-secret')
            .update(row.previous_hash + canonicalEventEncoding(content))
            .digest('hex'),
        });
      expect((await ledger.verify()).firstBroken).toMatchObject({
        sequence: 2,
        reason: 'hash-mismatch',
      });
    });

    it('a deleted event is a sequence-gap at the next', async () => {
      await appendMany(5);
      await events().where('sequence', 3).delete();
      expect(await ledger.verify()).toMatchObject({
        valid: false,
        firstBroken: {
          sequence: 4,
          reason: 'sequence-gap',
          message: 'Event 4 follows event 2: event 3 is missing (deleted)',
        },
      });
    });

    it('deleted events at the start, without a checkpoint, are a sequence-gap', async () => {
      await appendMany(5);
      await events().where('sequence', '<=', 2).delete();
      expect((await ledger.verify()).firstBroken).toEqual({
        sequence: 3,
        reason: 'sequence-gap',
        message: 'Event 3 follows event 0: events 1 to 2 are missing (deleted)',
      });
    });

    it('two swapped events are a previous-hash-mismatch at the first', async () => {
      await appendMany(6, i => record({ requestId: `req-${i}` }));
      const rows = await events().whereIn('sequence', [2, 5]);
      const [a, b] = [2, 5].map(s => rows.find(r => Number(r.sequence) === s)!);
      const contentOf = ({ sequence: _s, ...rest }: AuditEventRow) => rest;
      await db.knex.transaction(async tx => {
        await tx(AUDIT_EVENTS_TABLE)
          .where('sequence', 2)
          .update({ ...contentOf(b), id: 'swapping' });
        await tx(AUDIT_EVENTS_TABLE).where('sequence', 5).update(contentOf(a));
        await tx(AUDIT_EVENTS_TABLE).where('sequence', 2).update({ id: b.id });
      });
      expect(await ledger.verify()).toMatchObject({
        valid: false,
        checkedEvents: 2,
        firstBroken: {
          sequence: 2,
          reason: 'previous-hash-mismatch',
          message:
            'Event 2 does not link to event 1: events were swapped, moved or replaced',
        },
      });
    });

    it('a row verifies again once the edit is undone', async () => {
      await appendMany(3);
      const [row] = await events().where('sequence', 2);
      await events().where('sequence', 2).update({ outcome: 'failed' });
      expect((await ledger.verify()).valid).toBe(false);
      await events().where('sequence', 2).update({ outcome: row.outcome });
      expect((await ledger.verify()).valid).toBe(true);
    });

    it('a ledger opened with another secret finds every event wrong', async () => {
      await appendMany(2);
      const other = await db.ledger('another-secret-of-sufficient-length-000');
      expect((await other.verify()).firstBroken).toMatchObject({
        sequence: 1,
        reason: 'hash-mismatch',
      });
    });
  });

  describe('prune', () => {
    const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

    async function tenDays() {
      return appendMany(10, i =>
        record({ time: daysAgo(10 - i), requestId: `day-${i}` }),
      );
    }

    it('removes the events before the time, anchors the rest at a checkpoint, and records it', async () => {
      const written = await tenDays();
      expect(await ledger.prune(daysAgo(5.5))).toEqual({ removed: 5 });
      const [checkpoint] = await db.knex(AUDIT_CHECKPOINTS_TABLE);
      expect(Number(checkpoint.sequence)).toBe(5);
      expect(checkpoint.hash).toBe(written[4].hash);
      const rows = await events().orderBy('sequence');
      expect(rows.map(r => Number(r.sequence))).toEqual([6, 7, 8, 9, 10, 11]);
      const [prune] = (await ledger.query({ action: ['audit.prune'] })).items;
      expect(prune).toMatchObject({
        sequence: 11,
        actor: { service: 'plugin:azure-ml' },
        outcome: 'succeeded',
        source: 'portal',
        parameters: {
          before: expect.stringMatching(/^\d{4}-.*Z$/),
          removed: 5,
          checkpoint: { sequence: 5, hash: written[4].hash },
        },
        previousHash: written[9].hash,
      });
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        fromSequence: 6,
        toSequence: 11,
        checkedEvents: 6,
      });
      await ledger.append(record());
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        toSequence: 12,
      });
    });

    it('removes nothing and records nothing when no event is old enough', async () => {
      await tenDays();
      expect(await ledger.prune(daysAgo(30))).toEqual({ removed: 0 });
      expect(await countEvents()).toBe(10);
      expect(await db.knex(AUDIT_CHECKPOINTS_TABLE)).toEqual([]);
    });

    it('prunes twice and still verifies; the prune event alone anchors at the checkpoint', async () => {
      const written = await tenDays();
      await ledger.prune(daysAgo(7.5));
      expect(await ledger.prune(new Date(Date.now() + DAY))).toEqual({
        removed: 8,
      });
      const rows = await events();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: 'audit.prune' });
      expect(Number(rows[0].sequence)).toBe(12);
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        fromSequence: 12,
        toSequence: 12,
      });
      expect(written).toHaveLength(10);
    });

    it('keeps an event with an older time that comes after a newer one, so the chain stays a suffix', async () => {
      await appendMany(3, i =>
        record({ time: i === 1 ? daysAgo(1) : daysAgo(20 - i) }),
      );
      // Event 2 is recent: only event 1 is a prunable prefix.
      expect(await ledger.prune(daysAgo(5))).toEqual({ removed: 1 });
      expect((await ledger.verify()).valid).toBe(true);
    });

    it('a forged or edited checkpoint is a checkpoint-mismatch', async () => {
      await tenDays();
      await ledger.prune(daysAgo(5.5));
      await db
        .knex(AUDIT_CHECKPOINTS_TABLE)
        .where('sequence', 5)
        .update({ hash: 'f'.repeat(64) });
      expect((await ledger.verify()).firstBroken).toEqual({
        sequence: 5,
        reason: 'checkpoint-mismatch',
        message:
          "The checkpoint at sequence 5 is not signed with the ledger's secret: it was edited or forged, so the start of the chain cannot be trusted",
      });
    });

    it('an event removed right after the checkpoint is a sequence-gap', async () => {
      await tenDays();
      await ledger.prune(daysAgo(5.5));
      await events().where('sequence', 6).delete();
      expect((await ledger.verify()).firstBroken).toMatchObject({
        sequence: 7,
        reason: 'sequence-gap',
      });
    });

    it('a replaced first event after the checkpoint is a checkpoint-mismatch', async () => {
      await tenDays();
      await ledger.prune(daysAgo(5.5));
      await events()
        .where('sequence', 6)
        .update({ previous_hash: 'a'.repeat(64) });
      expect((await ledger.verify()).firstBroken).toMatchObject({
        sequence: 6,
        reason: 'checkpoint-mismatch',
      });
    });
  });

  describe('redaction', () => {
    it('stores secrets in parameters as [redacted]', async () => {
      await ledger.append(
        record({
          parameters: {
            traffic: { blue: 90, green: 10 },
            clientSecret: 's3cr3t',
            nested: { Authorization: 'Bearer abc.def', apiKey: 'k' },
            note: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig',
          },
        }),
      );
      const [row] = await events();
      expect(JSON.parse(row.parameters)).toEqual({
        traffic: { blue: 90, green: 10 },
        clientSecret: '[redacted]',
        nested: { Authorization: '[redacted]', apiKey: '[redacted]' },
        note: '[redacted]',
      });
      expect(row.parameters).not.toMatch(/s3cr3t|abc\.def|eyJ/);
      expect((await ledger.verify()).valid).toBe(true);
    });
  });

  describe('query', () => {
    const OTHER_WS = `${WS.slice(0, -6)}nlp`;
    async function mixedLog() {
      await ledger.append(
        record({
          outcome: 'initiated',
          time: new Date('2026-01-01T10:00:00Z'),
        }),
      );
      await ledger.append(
        record({
          outcome: 'succeeded',
          correlationId: 'AAAA-corr',
          time: new Date('2026-01-01T10:00:01Z'),
        }),
      );
      await ledger.append(
        record({
          actor: { userEntityRef: 'user:default/carol', objectId: 'C-OID' },
          action: 'endpoint.traffic.update',
          targetResourceId: `${WS}/onlineEndpoints/ep-1`,
          outcome: 'denied',
          deniedBy: 'azure',
          time: new Date('2026-01-02T10:00:00Z'),
        }),
      );
      await ledger.append(
        record({
          actor: { service: 'azure-ml-importer@contoso' },
          action: 'azure.activity',
          targetResourceId: `${WS}/jobs/job_10`,
          outcome: 'succeeded',
          source: 'azure-activity-log',
          time: new Date('2026-01-03T10:00:00Z'),
        }),
      );
      await ledger.append(
        record({
          workspaceId: OTHER_WS,
          targetResourceId: `${OTHER_WS}/jobs/job_1`,
          time: new Date('2026-01-04T10:00:00Z'),
        }),
      );
    }
    const sequences = (page: { items: AzureMlAuditEvent[] }) =>
      page.items.map(e => e.sequence);

    it('answers newest first by default, oldest first when asked', async () => {
      await mixedLog();
      expect(sequences(await ledger.query({}))).toEqual([5, 4, 3, 2, 1]);
      expect(sequences(await ledger.query({ order: 'oldest' }))).toEqual([
        1, 2, 3, 4, 5,
      ]);
    });

    it('filters by actor (ref, object id or service, any case)', async () => {
      await mixedLog();
      expect(
        sequences(await ledger.query({ actor: 'User:Default/Carol' })),
      ).toEqual([3]);
      expect(sequences(await ledger.query({ actor: 'c-oid' }))).toEqual([3]);
      expect(
        sequences(await ledger.query({ actor: 'azure-ml-importer@contoso' })),
      ).toEqual([4]);
      expect(
        sequences(
          await ledger.query({ actor: '11111111-1111-1111-1111-111111111111' }),
        ),
      ).toEqual([5, 2, 1]);
    });

    it('filters by action, outcome, source and correlation id', async () => {
      await mixedLog();
      expect(
        sequences(
          await ledger.query({
            action: ['endpoint.traffic.update', 'azure.activity'],
          }),
        ),
      ).toEqual([4, 3]);
      expect(
        sequences(await ledger.query({ outcome: ['denied', 'initiated'] })),
      ).toEqual([5, 3, 1]);
      expect(
        sequences(await ledger.query({ source: ['azure-activity-log'] })),
      ).toEqual([4]);
      expect(
        sequences(await ledger.query({ correlationId: 'aaaa-CORR' })),
      ).toEqual([2]);
    });

    it('filters by workspace and by resource, including what lies under it, in any case', async () => {
      await mixedLog();
      expect(
        sequences(await ledger.query({ workspaceId: WS.toUpperCase() })),
      ).toEqual([4, 3, 2, 1]);
      expect(
        sequences(await ledger.query({ targetResourceId: `${WS}/jobs/JOB_1` })),
      ).toEqual([2, 1]);
      expect(
        sequences(
          await ledger.query({ targetResourceId: `${WS.toLowerCase()}/` }),
        ),
      ).toEqual([4, 3, 2, 1]);
      // Only whole path segments: `jobs/job` is not a prefix of `jobs/job_1`.
      expect(
        sequences(await ledger.query({ targetResourceId: `${WS}/jobs/job` })),
      ).toEqual([]);
    });

    it('filters by time range: from inclusive, to exclusive', async () => {
      await mixedLog();
      expect(
        sequences(
          await ledger.query({
            from: '2026-01-01T10:00:01Z',
            to: '2026-01-03T10:00:00Z',
          }),
        ),
      ).toEqual([3, 2]);
      await expect(ledger.query({ from: 'yesterday' })).rejects.toThrow(
        new InputError(
          "Invalid from: 'yesterday' is not an ISO 8601 time, e.g. 2026-03-01T00:00:00Z",
        ),
      );
    });

    it('pages with opaque tokens until the last page, in both orders', async () => {
      await mixedLog();
      for (const order of ['newest', 'oldest'] as const) {
        const seen: number[] = [];
        let pageToken: string | undefined;
        let pages = 0;
        do {
          const page = await ledger.query({ limit: 2, order, pageToken });
          seen.push(...sequences(page));
          pageToken = page.nextPageToken;
          pages++;
        } while (pageToken);
        expect(pages).toBe(3);
        expect(seen).toEqual(
          order === 'newest' ? [5, 4, 3, 2, 1] : [1, 2, 3, 4, 5],
        );
      }
      const filtered = await ledger.query({
        limit: 1,
        outcome: ['initiated', 'denied'],
      });
      expect(sequences(filtered)).toEqual([5]);
      expect(
        sequences(
          await ledger.query({
            limit: 1,
            outcome: ['denied', 'initiated'],
            pageToken: filtered.nextPageToken,
          }),
        ),
      ).toEqual([3]);
    });

    it('answers 400 to a bad page token, a token of another query, or a bad limit', async () => {
      await mixedLog();
      const first = await ledger.query({ limit: 2 });
      const bad = (q: Parameters<KnexAuditLedger['query']>[0]) =>
        ledger.query(q).catch(e => e);
      for (const pageToken of [
        'garbage!',
        'e30',
        Buffer.from('{"v":1,"o":"newest","s":-1,"f":"x"}').toString(
          'base64url',
        ),
      ]) {
        const error = await bad({ pageToken });
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toBe(
          'Invalid pageToken: it is not a page token of the audit log; pass the nextPageToken of the previous page unchanged, with the same filters',
        );
      }
      for (const q of [
        { pageToken: first.nextPageToken, actor: 'user:default/bob' },
        { pageToken: first.nextPageToken, order: 'oldest' as const },
      ]) {
        const error = await bad({ limit: 2, ...q });
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toMatch(
          /^Invalid pageToken: it belongs to a query with other filters or another order;/,
        );
      }
      for (const limit of [0, 1001, 2.5]) {
        const error = await bad({ limit });
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toBe(
          `Invalid limit: ${limit}; ask for 1 to 1000 events a page`,
        );
      }
    });

    it('streams every matching event oldest first, past one batch', async () => {
      await ledger.appendNew(
        Array.from({ length: 1205 }, (_, i) =>
          record({
            externalId: `e-${i}`,
            source: 'azure-activity-log',
            outcome: i % 2 ? 'succeeded' : 'failed',
          }),
        ),
      );
      const seen: number[] = [];
      for await (const event of ledger.stream({ outcome: ['failed'] })) {
        seen.push(event.sequence);
      }
      expect(seen).toHaveLength(603);
      expect(seen[0]).toBe(1);
      expect(seen[602]).toBe(1205);
      expect(seen.every((s, i) => i === 0 || s > seen[i - 1])).toBe(true);
    });
  });

  describe('appendNew', () => {
    it('adds only events whose external id is new, and keeps the chain', async () => {
      const batch = ['a', 'b', 'c'].map(externalId =>
        record({ externalId, source: 'azure-activity-log' }),
      );
      expect(await ledger.appendNew(batch)).toBe(3);
      expect(await ledger.appendNew(batch)).toBe(0);
      expect(
        await ledger.appendNew([
          ...batch,
          record({ externalId: 'd', source: 'azure-activity-log' }),
          record({ externalId: 'd', source: 'azure-activity-log' }),
          // The same id from another source is another event.
          record({ externalId: 'a', source: 'scaffolder' }),
        ]),
      ).toBe(2);
      expect(await ledger.verify()).toMatchObject({
        valid: true,
        checkedEvents: 5,
      });
    });

    it('refuses records without an external id', async () => {
      await expect(ledger.appendNew([record()])).rejects.toThrow(
        'appendNew takes records with an externalId; a job.cancel record from portal has none',
      );
    });
  });
});
