/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditEvent,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  postgresAuditDatabase,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import {
  demoWorkspace,
  errorOf,
  userHeaders,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

type Server = Awaited<
  ReturnType<ReturnType<typeof usePluginTestHarness>['startBackend']>
>;

const VISION = demoWorkspace('vision').id;
const NLP = demoWorkspace('nlp').id;
const JOB = `${VISION}/jobs/job-1`;
const ENDPOINT = `${VISION}/onlineEndpoints/ep-vision`;

/** Service credentials of another backend plugin, `plugin:<id>`. */
function serviceHeaders(pluginId = 'scaffolder') {
  return {
    Authorization: mockCredentials.service.header({
      onBehalfOf: mockCredentials.service(`plugin:${pluginId}`),
      targetPluginId: 'azure-ml',
    }),
  };
}

/** A minimal valid event as another plugin posts it. */
function record(overrides: Record<string, unknown> = {}) {
  return {
    actor: { userEntityRef: 'user:default/ada' },
    action: 'template.run',
    targetResourceId: JOB,
    workspaceId: VISION,
    parameters: { template: 'train-model' },
    outcome: 'succeeded',
    source: 'scaffolder',
    ...overrides,
  };
}

async function post(server: Server, body: unknown, pluginId?: string) {
  return request(server)
    .post('/api/azure-ml/audit/events')
    .set(serviceHeaders(pluginId))
    .send(body as object);
}

async function postAll(server: Server, bodies: unknown[]) {
  const stored: AzureMlAuditEvent[] = [];
  for (const body of bodies) {
    const res = await post(server, body);
    expect(res.status).toBe(201);
    stored.push(res.body);
  }
  return stored;
}

/** Lists the log as a user with only Backstage credentials (no Azure token). */
async function list(server: Server, query: Record<string, string> = {}) {
  return request(server)
    .get('/api/azure-ml/audit/events')
    .query(query)
    .set(userHeaders());
}

async function sequencesOf(server: Server, query: Record<string, string>) {
  const res = await list(server, query);
  expect(res.status).toBe(200);
  return (res.body as Page<AzureMlAuditEvent>).items.map(e => e.sequence);
}

async function allEvents(server: Server): Promise<AzureMlAuditEvent[]> {
  const res = await list(server, { limit: '1000' });
  expect(res.status).toBe(200);
  return res.body.items;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('audit routes', () => {
  const harness = usePluginTestHarness();

  describe('POST /audit/events', () => {
    it('stores an event a backend plugin posts and answers it with its place in the chain', async () => {
      const server = await harness.startBackend();
      const res = await post(
        server,
        record({
          actor: { userEntityRef: 'user:default/ada', objectId: 'oid-ada' },
          correlationId: 'corr-1',
          requestId: 'req-1',
          clientIp: '10.0.0.7',
          userAgent: 'scaffolder/1.0',
        }),
        'scaffolder',
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        sequence: 1,
        id: expect.any(String),
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
        // The calling plugin is recorded as the service the user acted through.
        actor: {
          userEntityRef: 'user:default/ada',
          objectId: 'oid-ada',
          service: 'plugin:scaffolder',
        },
        action: 'template.run',
        targetResourceId: JOB,
        workspaceId: VISION,
        parameters: { template: 'train-model' },
        outcome: 'succeeded',
        correlationId: 'corr-1',
        requestId: 'req-1',
        clientIp: '10.0.0.7',
        userAgent: 'scaffolder/1.0',
        source: 'scaffolder',
        previousHash: expect.stringMatching(/^[0-9a-f]+$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(await allEvents(server)).toEqual([res.body]);
    });

    it('keeps the service the body names', async () => {
      const server = await harness.startBackend();
      const res = await post(
        server,
        record({ actor: { service: 'catalog-refresh' }, source: 'catalog' }),
      );
      expect(res.status).toBe(201);
      expect(res.body.actor).toEqual({ service: 'catalog-refresh' });
    });

    it("refuses a user's credentials with 403 and writes nothing", async () => {
      const server = await harness.startBackend();
      const res = await request(server)
        .post('/api/azure-ml/audit/events')
        .set(userHeaders())
        .send(record());
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: expect.stringContaining("'user'"),
      });
      expect(await allEvents(server)).toEqual([]);
    });

    it('refuses a request without credentials with 401', async () => {
      const server = await harness.startBackend();
      const res = await request(server)
        .post('/api/azure-ml/audit/events')
        .set('Authorization', mockCredentials.none.header())
        .send(record());
      expect(res.status).toBe(401);
      expect(await allEvents(server)).toEqual([]);
    });

    it.each([
      [
        'an unknown action',
        record({ action: 'job.delete' }),
        'request/body/action must be equal to one of the allowed values',
      ],
      [
        'an unknown outcome',
        record({ outcome: 'maybe' }),
        'request/body/outcome must be equal to one of the allowed values',
      ],
      [
        "the portal's own source",
        record({ source: 'portal' }),
        'request/body/source must be equal to one of the allowed values: scaffolder, catalog',
      ],
      [
        'parameters that are a list',
        record({ parameters: ['a'] }),
        'request/body/parameters must be object',
      ],
      [
        'parameters that are text',
        record({ parameters: 'x=1' }),
        'request/body/parameters must be object',
      ],
      [
        'parameters over 16 KiB',
        record({ parameters: { blob: 'x'.repeat(17 * 1024) } }),
        'Invalid audit event: parameters: must take at most 16384 bytes as JSON',
      ],
      [
        'a message over 4096 characters',
        record({ message: 'm'.repeat(4097) }),
        'request/body/message must NOT have more than 4096 characters',
      ],
      [
        'an actor naming no one',
        record({ actor: {} }),
        'request/body/actor must NOT have fewer than 1 properties',
      ],
      [
        'no actor',
        { ...record(), actor: undefined },
        "request/body must have required property 'actor'",
      ],
      [
        'a time (the ledger sets it)',
        record({ time: '2020-01-01T00:00:00Z' }),
        'request/body must NOT have additional properties',
      ],
      [
        'an external id (only imports set it)',
        record({ externalId: 'x' }),
        'request/body must NOT have additional properties',
      ],
      [
        'a denial that does not say who denied',
        record({ outcome: 'denied' }),
        "Invalid audit event: deniedBy: is required for outcome 'denied' and only allowed with it",
      ],
      [
        'deniedBy on a success',
        record({ deniedBy: 'azure' }),
        "Invalid audit event: deniedBy: is required for outcome 'denied' and only allowed with it",
      ],
      [
        'a target that is no ARM id',
        record({ targetResourceId: 'job-1' }),
        'request/body/targetResourceId must match pattern "^/subscriptions/"',
      ],
      [
        'a target with spaces',
        record({ targetResourceId: '/subscriptions/a b' }),
        'Invalid audit event: targetResourceId: must be an Azure Resource Manager id starting with /subscriptions/, without spaces',
      ],
    ])(
      'refuses %s with 400 and writes nothing',
      async (_case, body, message) => {
        const server = await harness.startBackend();
        const res = await post(server, body);
        expect(errorOf(res)).toEqual({
          status: 400,
          name: 'InputError',
          message: expect.stringContaining(message),
        });
        expect(await allEvents(server)).toEqual([]);
      },
    );

    it('records a denial with who denied it', async () => {
      const server = await harness.startBackend();
      const res = await post(
        server,
        record({
          outcome: 'denied',
          deniedBy: 'azure',
          message: 'Azure RBAC denied it',
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        outcome: 'denied',
        deniedBy: 'azure',
        message: 'Azure RBAC denied it',
      });
    });
  });

  describe('GET /audit/events', () => {
    it('needs no Azure token and answers newest first', async () => {
      const server = await harness.startBackend();
      const stored = await postAll(server, [record(), record(), record()]);
      const res = await list(server);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [...stored].reverse() });
      expect(stored.map(e => e.sequence)).toEqual([1, 2, 3]);
    });

    it('pages with limit and nextPageToken, newest first, each event once', async () => {
      const server = await harness.startBackend();
      await postAll(
        server,
        Array.from({ length: 5 }, () => record()),
      );
      const seen: number[][] = [];
      let pageToken: string | undefined;
      do {
        const res = await list(server, {
          limit: '2',
          ...(pageToken ? { pageToken } : {}),
        });
        expect(res.status).toBe(200);
        seen.push(res.body.items.map((e: AzureMlAuditEvent) => e.sequence));
        pageToken = res.body.nextPageToken;
      } while (pageToken && seen.length < 10);
      expect(seen).toEqual([[5, 4], [3, 2], [1]]);
    });

    it('filters by actor, action, workspace, target, outcome, source and correlation id', async () => {
      const server = await harness.startBackend();
      await postAll(server, [
        // 1
        record({ actor: { userEntityRef: 'user:default/ada' } }),
        // 2
        record({
          actor: { userEntityRef: 'user:default/bob', objectId: 'oid-bob' },
          action: 'job.submit',
          outcome: 'failed',
          errorCode: 'QuotaExceeded',
        }),
        // 3
        record({
          action: 'endpoint.traffic.update',
          targetResourceId: ENDPOINT,
          outcome: 'denied',
          deniedBy: 'backstage',
          correlationId: 'corr-3',
        }),
        // 4
        record({
          actor: { service: 'plugin:catalog' },
          action: 'catalog.refresh',
          targetResourceId: NLP,
          workspaceId: NLP,
          source: 'catalog',
        }),
      ]);
      const cases: Array<[Record<string, string>, number[]]> = [
        [{ actor: 'user:default/bob' }, [2]],
        [{ actor: 'oid-bob' }, [2]],
        [{ actor: 'plugin:catalog' }, [4]],
        // The plugin that posted is the service the others acted through.
        [{ actor: 'plugin:scaffolder' }, [3, 2, 1]],
        [{ action: 'job.submit,endpoint.traffic.update' }, [3, 2]],
        [{ workspaceId: NLP }, [4]],
        [{ workspaceId: VISION }, [3, 2, 1]],
        [{ targetResourceId: ENDPOINT }, [3]],
        // A workspace's id matches what lies under it.
        [{ targetResourceId: VISION }, [3, 2, 1]],
        [{ outcome: 'failed,denied' }, [3, 2]],
        [{ source: 'catalog' }, [4]],
        [{ source: 'portal' }, []],
        [{ correlationId: 'corr-3' }, [3]],
        [{ outcome: 'succeeded', workspaceId: VISION }, [1]],
      ];
      for (const [query, expected] of cases) {
        expect([query, await sequencesOf(server, query)]).toEqual([
          query,
          expected,
        ]);
      }
    });

    it('filters by time: from inclusive, to exclusive', async () => {
      const server = await harness.startBackend();
      const [first] = await postAll(server, [record()]);
      await sleep(20);
      const [second] = await postAll(server, [record()]);
      expect(await sequencesOf(server, { from: second.time })).toEqual([2]);
      expect(await sequencesOf(server, { to: second.time })).toEqual([1]);
      expect(
        await sequencesOf(server, { from: first.time, to: second.time }),
      ).toEqual([1]);
      expect(await sequencesOf(server, { from: '2000-01-01' })).toEqual([2, 1]);
      expect(
        await sequencesOf(server, { to: '2000-01-01T00:00:00+02:00' }),
      ).toEqual([]);
    });

    it.each([
      ['an unknown query key', { who: 'ada' }, "Unknown query parameter 'who'"],
      [
        'an unknown action',
        { action: 'job.cancel,job.delete' },
        'request/query/action/1 must be equal to one of the allowed values',
      ],
      [
        'an unknown outcome',
        { outcome: 'ok' },
        'request/query/outcome/0 must be equal to one of the allowed values',
      ],
      [
        'an unknown source',
        { source: 'cli' },
        'request/query/source/0 must be equal to one of the allowed values',
      ],
      ['limit 0', { limit: '0' }, 'request/query/limit must be >= 1'],
      ['limit 1001', { limit: '1001' }, 'request/query/limit must be <= 1000'],
      [
        'a limit that is no integer',
        { limit: 'ten' },
        'request/query/limit must be integer',
      ],
      [
        'an empty page token',
        { pageToken: '' },
        "Empty value found for query parameter 'pageToken'",
      ],
      [
        'a from that is no date',
        { from: 'yesterday!' },
        "Invalid query: from: 'yesterday!' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z",
      ],
      [
        'a day that does not exist',
        { to: '2026-02-30' },
        "Invalid query: to: '2026-02-30' is not an ISO 8601 date",
      ],
      [
        'a time without a zone',
        { from: '2026-04-01T09:30:00' },
        "Invalid query: from: '2026-04-01T09:30:00' is not an ISO 8601 date",
      ],
      [
        'from after to',
        { from: '2026-04-02', to: '2026-04-01T12:00:00Z' },
        'Invalid query: from (2026-04-02T00:00:00.000Z) must be before to (2026-04-01T12:00:00.000Z)',
      ],
      [
        'a workspace id that is not a workspace',
        { workspaceId: JOB },
        'Invalid query: workspaceId: Invalid Azure ML resource id: ',
      ],
      [
        'a target that is no ARM id',
        { targetResourceId: 'job-1' },
        'request/query/targetResourceId must match pattern "^/subscriptions/"',
      ],
      [
        'a correlation id with a space',
        { correlationId: 'a b' },
        'request/query/correlationId must match pattern',
      ],
    ])('refuses %s with 400', async (_case, query, message) => {
      const server = await harness.startBackend();
      const res = await list(server, query);
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: expect.stringContaining(message),
      });
    });
  });

  describe('GET /audit/events/export', () => {
    async function exportAs(
      server: Server,
      query: Record<string, string>,
    ): Promise<request.Response> {
      return request(server)
        .get('/api/azure-ml/audit/events/export')
        .query(query)
        .set(userHeaders())
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
          });
          res.on('end', () => done(null, text));
        });
    }

    const today = () => new Date().toISOString().slice(0, 10);

    it('streams every matching event as NDJSON, oldest first, as a download', async () => {
      const server = await harness.startBackend();
      await postAll(server, [
        record(),
        record({ outcome: 'failed', errorCode: 'Boom' }),
        record(),
        record({ outcome: 'failed', errorCode: 'Bang' }),
      ]);
      const res = await exportAs(server, {
        format: 'ndjson',
        outcome: 'failed',
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/x-ndjson; charset=utf-8',
      );
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="azure-ml-audit-${today()}.ndjson"`,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const text = res.body as string;
      expect(text.endsWith('\n')).toBe(true);
      const events = text
        .trimEnd()
        .split('\n')
        .map(line => JSON.parse(line));
      const all = await allEvents(server);
      expect(events).toEqual(all.filter(e => e.outcome === 'failed').reverse());
      expect(events.map(e => e.errorCode)).toEqual(['Boom', 'Bang']);
    });

    it('exports every event, more than a page of the list holds', async () => {
      const server = await harness.startBackend();
      await postAll(
        server,
        Array.from({ length: 120 }, () => record()),
      );
      expect((await list(server)).body.items).toHaveLength(100);
      const res = await exportAs(server, { format: 'ndjson' });
      expect(res.status).toBe(200);
      const sequences = (res.body as string)
        .trimEnd()
        .split('\n')
        .map(line => JSON.parse(line).sequence);
      expect(sequences).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    });

    it('exports CSV with a header row, RFC 4180 quoting and JSON in the nested cells', async () => {
      const server = await harness.startBackend();
      const [event] = await postAll(server, [
        record({
          actor: { userEntityRef: 'user:default/ada', objectId: 'oid-ada' },
          parameters: { note: 'a "quoted", multi\nline value', n: 3 },
          message: 'Failed, then "retried"\r\nand failed again',
          outcome: 'failed',
          errorCode: 'Boom',
        }),
      ]);
      const res = await exportAs(server, { format: 'csv' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="azure-ml-audit-${today()}.csv"`,
      );
      const text = res.body as string;
      expect(text.startsWith('sequence,id,time,actor,action,')).toBe(true);
      expect(text).toContain('"Failed, then ""retried""\r\nand failed again"');
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual([
        'sequence',
        'id',
        'time',
        'actor',
        'action',
        'targetResourceId',
        'workspaceId',
        'parameters',
        'outcome',
        'errorCode',
        'deniedBy',
        'message',
        'correlationId',
        'requestId',
        'clientIp',
        'userAgent',
        'source',
        'previousHash',
        'hash',
      ]);
      expect(rows).toHaveLength(1);
      const cells = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
      expect(JSON.parse(cells.actor)).toEqual(event.actor);
      expect(JSON.parse(cells.parameters)).toEqual({
        note: 'a "quoted", multi\nline value',
        n: 3,
      });
      expect(cells).toMatchObject({
        sequence: String(event.sequence),
        id: event.id,
        time: event.time,
        action: 'template.run',
        targetResourceId: JOB,
        message: 'Failed, then "retried"\r\nand failed again',
        errorCode: 'Boom',
        deniedBy: '',
        correlationId: '',
        source: 'scaffolder',
        previousHash: event.previousHash,
        hash: event.hash,
      });
    });

    it('defuses cells a spreadsheet would run as formulas', async () => {
      const server = await harness.startBackend();
      await postAll(server, [
        record({
          message: '=HYPERLINK("https://evil.example","click")',
          errorCode: '+1-555',
          requestId: '-2+3',
          userAgent: '@SUM(A1:A9)',
          actor: { service: '\tcmd' },
          outcome: 'failed',
        }),
      ]);
      const res = await exportAs(server, { format: 'csv' });
      const text = res.body as string;
      expect(text).toContain(
        `"'=HYPERLINK(""https://evil.example"",""click"")"`,
      );
      const [header, row] = parseCsv(text);
      const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
      expect(cells).toMatchObject({
        message: `'=HYPERLINK("https://evil.example","click")`,
        errorCode: "'+1-555",
        requestId: "'-2+3",
        userAgent: "'@SUM(A1:A9)",
      });
      // Nested values are JSON, which starts with "{": left as they are.
      expect(JSON.parse(cells.actor)).toEqual({ service: '\tcmd' });
      for (const cell of row) {
        expect([cell, /^[=+\-@\t\r]/.test(cell)]).toEqual([cell, false]);
      }
    });

    it('exports an empty log as just the header row', async () => {
      const server = await harness.startBackend();
      const csv = await exportAs(server, { format: 'csv' });
      expect(parseCsv(csv.body)).toHaveLength(1);
      const ndjson = await exportAs(server, { format: 'ndjson' });
      expect(ndjson.status).toBe(200);
      expect(ndjson.body).toBe('');
    });

    it.each([
      ['no format', {}, "request/query must have required property 'format'"],
      [
        'an unknown format',
        { format: 'xlsx' },
        'request/query/format must be equal to one of the allowed values: ndjson, csv',
      ],
      [
        'a limit (exports are not paged)',
        { format: 'csv', limit: '5' },
        "Unknown query parameter 'limit'",
      ],
      [
        'from after to',
        { format: 'csv', from: '2026-04-02', to: '2026-04-01' },
        'Invalid query: from (2026-04-02T00:00:00.000Z) must be before to (2026-04-01T00:00:00.000Z)',
      ],
    ])('refuses %s with 400', async (_case, query, message) => {
      const server = await harness.startBackend();
      const res = await request(server)
        .get('/api/azure-ml/audit/events/export')
        .query(query)
        .set(userHeaders());
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: expect.stringContaining(message),
      });
    });
  });

  describe('GET /audit/verify', () => {
    it('verifies the chain of the events written', async () => {
      const server = await harness.startBackend();
      const empty = await request(server)
        .get('/api/azure-ml/audit/verify')
        .set(userHeaders());
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({ valid: true, checkedEvents: 0 });

      await postAll(server, [record(), record(), record()]);
      const res = await request(server)
        .get('/api/azure-ml/audit/verify')
        .set(userHeaders());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        valid: true,
        checkedEvents: 3,
        fromSequence: 1,
        toSequence: 3,
        verifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      });
    });
  });

  describe('the azureMl.audit.read permission', () => {
    const denied =
      "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";

    it.each([
      ['GET /audit/events', '/api/azure-ml/audit/events'],
      [
        'GET /audit/events/export',
        '/api/azure-ml/audit/events/export?format=csv',
      ],
      ['GET /audit/verify', '/api/azure-ml/audit/verify'],
    ])('is needed for %s', async (_route, url) => {
      const server = await harness.startBackend({
        permissions: mockServices.permissions.factory({
          result: AuthorizeResult.DENY,
        }),
      });
      await postAll(server, [record()]);
      const res = await request(server).get(url).set(userHeaders());
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: denied,
      });
      expect(res.text).not.toContain('template.run');
    });
  });

  describe('on PostgreSQL', () => {
    let db: TestAuditDatabase;
    const databases: TestAuditDatabase[] = [];
    beforeEach(async () => {
      db = await postgresAuditDatabase();
      databases.push(db);
    });
    // Dropped once every backend using them has stopped (after each test).
    afterAll(() => Promise.all(databases.map(d => d.drop())));

    const onPostgres = () =>
      harness.startBackend({
        extra: [mockServices.database.factory({ knex: db.knex })],
      });

    const verify = async (server: Server) =>
      (
        await request(server)
          .get('/api/azure-ml/audit/verify')
          .set(userHeaders())
      ).body;

    it('lists, filters and pages the events written through the API', async () => {
      const server = await onPostgres();
      await postAll(server, [
        record(),
        record({ outcome: 'failed', errorCode: 'Boom' }),
        record(),
      ]);
      expect(await sequencesOf(server, {})).toEqual([3, 2, 1]);
      expect(await sequencesOf(server, { outcome: 'failed' })).toEqual([2]);
      const first = await list(server, { limit: '2' });
      const second = await list(server, {
        limit: '2',
        pageToken: first.body.nextPageToken,
      });
      expect(
        [...first.body.items, ...second.body.items].map(
          (e: AzureMlAuditEvent) => e.sequence,
        ),
      ).toEqual([3, 2, 1]);
    });

    it('reports an event edited in the database at that event', async () => {
      const server = await onPostgres();
      await postAll(server, [record(), record(), record()]);
      expect(await verify(server)).toMatchObject({
        valid: true,
        checkedEvents: 3,
      });

      await db
        .knex('azure_ml_audit_events')
        .where({ sequence: 2 })
        .update({ outcome: 'failed' });

      expect(await verify(server)).toMatchObject({
        valid: false,
        firstBroken: { sequence: 2, reason: 'hash-mismatch' },
      });
    });
  });
});
