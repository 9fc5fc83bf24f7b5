/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  ServiceIdentityDispatcher,
  readAzureMlConfig,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { demoIds } from '@internal/azure-emulator/testing';
import {
  azureMlTestConfig,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';
import type { KnexAuditLedger } from '../ledger';
import {
  sqliteAuditDatabase,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import { ActivityLogCursors } from './ActivityLogCursors';
import {
  ActivityLogImporter,
  type ActivityLogImportOutcome,
} from './ActivityLogImporter';
import { ActivityLogReader } from './ActivityLogReader';
import { azureWritesForTests } from './__testUtils__/azureWritesForTests';

const PROD = demoIds.subscription('contoso-ml-prod');
const DEV = demoIds.subscription('contoso-ml-dev');
const RESEARCH = demoIds.subscription('fabrikam-research');
const ML_PROVIDER = 'Microsoft.MachineLearningServices';
const DAY_MS = 24 * 3600_000;

/** A logger that keeps what it was told. */
function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const logger = mockServices.logger.mock();
  for (const level of ['error', 'warn', 'info'] as const) {
    logger[level].mockImplementation((message: string) => {
      lines.push({ level, message });
    });
  }
  logger.child.mockReturnValue(logger);
  return { logger: logger as LoggerService, lines };
}

const added = (outcomes: ActivityLogImportOutcome[]) =>
  Object.fromEntries(
    outcomes.map(o => [o.subscriptionId, 'error' in o ? 'error' : o.added]),
  );

describe('ActivityLogImporter', () => {
  const harness = usePluginTestHarness();
  let db: TestAuditDatabase;
  let ledger: KnexAuditLedger;
  beforeEach(async () => {
    db = await sqliteAuditDatabase();
    ledger = await db.ledger();
  });
  afterEach(() => db.drop());

  /** The importer of the test config's three subscriptions, as the portal's service identity. */
  function importer(
    options: {
      logger?: LoggerService;
      now?: () => number;
      lookbackDays?: number;
    } = {},
  ) {
    const logger = options.logger ?? mockServices.logger.mock();
    const config = new ConfigReader({
      azureMl: azureMlTestConfig(harness.emulator.urls.https),
    });
    const serviceIdentity = ServiceIdentityDispatcher.fromConfig(config, {
      logger: mockServices.logger.mock(),
    });
    const azureMl = readAzureMlConfig(config);
    return new ActivityLogImporter({
      reader: new ActivityLogReader({
        serviceIdentity,
        endpoints: azureMl.cloud.endpoints,
      }),
      ledger,
      cursors: new ActivityLogCursors(db.knex),
      subscriptions: azureMl.tenants.flatMap(t =>
        t.subscriptions.map(subscriptionId => ({
          tenantId: t.tenantId,
          subscriptionId,
        })),
      ),
      lookbackDays: options.lookbackDays ?? 7,
      overlapMinutes: 30,
      logger,
      now: options.now,
    });
  }

  /** The emulator's Azure ML Activity Log events of a subscription. */
  const azureEvents = (subscriptionId: string) =>
    harness.emulator.ctx.state.activityLog.filter(
      e =>
        e.subscriptionId === subscriptionId &&
        e.resourceProviderName.value === ML_PROVIDER,
    );

  const allEvents = async () =>
    (await ledger.query({ limit: 1000, order: 'oldest' })).items;

  /** Writes in every subscription, straight against ARM. */
  async function writeEverywhere() {
    const writes = azureWritesForTests(harness.emulator);
    return {
      traffic: await writes.updateTraffic('alice', 'vision'),
      devCancel: await writes.cancelJob('alice', 'sandbox'),
      researchCancel: await writes.cancelJob('grace', 'research'),
    };
  }

  it('imports every subscription, joined by correlation id, and a second run adds nothing', async () => {
    const { traffic, devCancel } = await writeEverywhere();
    const { logger, lines } = recordingLogger();
    const run = importer({ logger });

    const first = await run.run();
    expect(added(first)).toEqual({
      [PROD]: azureEvents(PROD).length,
      [DEV]: azureEvents(DEV).length,
      [RESEARCH]: azureEvents(RESEARCH).length,
    });
    expect(azureEvents(PROD).length).toBeGreaterThanOrEqual(2);
    expect(lines.filter(l => l.level !== 'info')).toEqual([]);

    const events = await allEvents();
    expect(events.every(e => e.source === 'azure-activity-log')).toBe(true);
    const ofTraffic = events.filter(
      e => e.correlationId === traffic.correlationId,
    );
    expect(
      ofTraffic.map(e => [e.action, e.outcome, e.targetResourceId]),
    ).toEqual([
      ['endpoint.traffic.update', 'initiated', traffic.resourceId],
      ['endpoint.traffic.update', 'succeeded', traffic.resourceId],
    ]);
    expect(ofTraffic[1]).toMatchObject({
      actor: {
        service: 'alice@contoso.onmicrosoft.com',
        objectId: demoIds.user('alice'),
        tenantId: demoIds.tenant('contoso'),
      },
      workspaceId: demoIds.workspace('vision').id,
      parameters: {
        operationName: `${ML_PROVIDER}/workspaces/onlineEndpoints/write`,
        status: 'Succeeded',
      },
    });
    const ofCancel = events.filter(
      e => e.correlationId === devCancel.correlationId,
    );
    expect(ofCancel.map(e => [e.action, e.outcome])).toEqual([
      ['job.cancel', 'initiated'],
      ['job.cancel', 'succeeded'],
    ]);
    expect(ofCancel[0].workspaceId).toBe(demoIds.workspace('sandbox').id);

    const second = await run.run();
    expect(added(second)).toEqual({ [PROD]: 0, [DEV]: 0, [RESEARCH]: 0 });
    expect(await allEvents()).toHaveLength(events.length);
    // The second run read again from 30 minutes before the first one ended.
    for (const [i, outcome] of second.entries()) {
      const before = first[i];
      if ('error' in outcome || 'error' in before) throw new Error('failed');
      expect(outcome.read).toBe(before.read);
      expect(before.window.to.getTime() - outcome.window.from.getTime()).toBe(
        30 * 60_000,
      );
    }
    expect((await ledger.verify()).valid).toBe(true);
  }, 30_000);

  it('imports the others when one subscription fails, and the next run catches up', async () => {
    await writeEverywhere();
    Object.assign(harness.emulator.ctx.faults, {
      subscriptions: [PROD],
      serverErrorRate: 1,
    });
    const { logger, lines } = recordingLogger();
    const run = importer({ logger });

    const faulted = await run.run();
    expect(added(faulted)).toEqual({
      [PROD]: 'error',
      [DEV]: azureEvents(DEV).length,
      [RESEARCH]: azureEvents(RESEARCH).length,
    });
    const warnings = lines.filter(l => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(
      new RegExp(
        `^Could not import the Azure Activity Log of subscription ${PROD}; the next run retries from where this one stopped: .*InternalServerError`,
      ),
    );
    expect(await new ActivityLogCursors(db.knex).get(PROD)).toBeUndefined();

    harness.emulator.ctx.faults.serverErrorRate = 0;
    const recovered = await run.run();
    expect(added(recovered)).toEqual({
      [PROD]: azureEvents(PROD).length,
      [DEV]: 0,
      [RESEARCH]: 0,
    });
    expect(await allEvents()).toHaveLength(
      azureEvents(PROD).length +
        azureEvents(DEV).length +
        azureEvents(RESEARCH).length,
    );
  }, 30_000);

  it("waits out ARM's 429s with Retry-After and imports everything", async () => {
    await writeEverywhere();
    // Every other ARM request is throttled: each query's first try gets a
    // 429 asking to wait a second, its retry is answered.
    const realRandom = harness.emulator.ctx.random;
    let draws = 0;
    harness.emulator.ctx.random = () => (draws++ % 2 === 0 ? 0 : 0.99);
    Object.assign(harness.emulator.ctx.faults, {
      throttleRate: 0.5,
      throttleRetryAfterSeconds: 1,
    });
    try {
      const started = Date.now();
      const outcomes = await importer({ lookbackDays: 1 }).run();
      expect(added(outcomes)).toEqual({
        [PROD]: azureEvents(PROD).length,
        [DEV]: azureEvents(DEV).length,
        [RESEARCH]: azureEvents(RESEARCH).length,
      });
      const throttled = Math.ceil(draws / 2);
      expect(throttled).toBeGreaterThanOrEqual(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(throttled * 1000);
    } finally {
      harness.emulator.ctx.random = realRandom;
    }
  }, 30_000);

  it('reads lookbackDays back on its first run, one day per query', async () => {
    await writeEverywhere();
    // Eight days later, the writes are older than the first run's window.
    const later = () => Date.now() + 8 * DAY_MS;
    harness.emulator.ctx.requestCounts.clear();
    const outcomes = await importer({ now: later }).run();
    expect(added(outcomes)).toEqual({ [PROD]: 0, [DEV]: 0, [RESEARCH]: 0 });
    for (const outcome of outcomes) {
      if ('error' in outcome) throw outcome.error;
      expect(outcome.window.to.getTime() - outcome.window.from.getTime()).toBe(
        7 * DAY_MS,
      );
    }
    expect(harness.emulator.ctx.requestCounts.get('arm')).toBe(3 * 7);
  }, 30_000);
});
