/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures the audit ledger on PostgreSQL:
//
// - sustained appends per second with 2 concurrent writers, each a separate
//   Node process with its own connection pool (as two backend replicas),
//   BENCH_CONCURRENCY appends in flight each (default 4), for BENCH_SECONDS
//   (default 10); the chain is verified afterwards;
// - the time to verify a chain of BENCH_VERIFY_EVENTS events (default
//   100,000).
//
// Medians of BENCH_RUNS runs (default 3), against the targets of issue 7:
// at least 500 appends/s, and a verify under 5 s. Uses a fresh database on
// AZURE_ML_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432),
// dropped at the end.
//
// Usage: yarn workspace @azure-ml-backstage/plugin-azure-ml-backend bench:audit
import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../src/ledger/AuditLedger';
import type { KnexAuditLedger } from '../src/ledger/KnexAuditLedger';
import {
  TEST_AUDIT_SECRET,
  postgresAuditDatabase,
  type TestAuditDatabase,
} from '../src/ledger/__testUtils__/auditTestDatabases';
import { forkAppendWorkers } from '../src/ledger/__testUtils__/forkAppendWorkers';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const VERIFY_EVENTS = Number(process.env.BENCH_VERIFY_EVENTS ?? 100_000);
const APPEND_TARGET = 500;
const VERIFY_TARGET_MS = 5000;

const WS =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A realistic event: a user's cancel, with the fields the portal records. */
function portalEvent(i: number): AuditRecord {
  return {
    actor: {
      userEntityRef: 'user:default/bob',
      objectId: '22222222-0000-4000-8000-000000000001',
      tenantId: '11111111-0000-4000-8000-000000000001',
    },
    action: 'job.cancel',
    targetResourceId: `${WS}/jobs/job_${i}`,
    workspaceId: WS,
    parameters: {},
    outcome: i % 2 ? 'succeeded' : 'initiated',
    correlationId: i % 2 ? randomUUID() : undefined,
    requestId: randomUUID(),
    clientIp: '10.0.0.1',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)',
    source: 'azure-activity-log',
    externalId: `bench-${i}`,
  };
}

async function appendRun(db: TestAuditDatabase): Promise<number> {
  const results = await forkAppendWorkers({
    url: db.url!,
    secret: TEST_AUDIT_SECRET,
    workers: 2,
    seconds: SECONDS,
    concurrency: CONCURRENCY,
  });
  const appended = results.reduce((sum, r) => sum + r.appended, 0);
  const seconds = Math.max(...results.map(r => r.seconds));
  return appended / seconds;
}

async function fill(ledger: KnexAuditLedger, count: number) {
  const batch = 5000;
  for (let from = 0; from < count; from += batch) {
    const records = Array.from(
      { length: Math.min(batch, count - from) },
      (_, i) => portalEvent(from + i),
    );
    await ledger.appendNew(records);
  }
}

async function timeVerify(ledger: KnexAuditLedger, expected: number) {
  const started = performance.now();
  const result = await ledger.verify();
  const ms = performance.now() - started;
  if (!result.valid || result.checkedEvents !== expected) {
    throw new Error(`verify found ${JSON.stringify(result)}`);
  }
  return ms;
}

async function main() {
  const appends = await postgresAuditDatabase();
  const verifies = await postgresAuditDatabase();
  try {
    const appendLedger = await appends.ledger();
    const rates: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const rate = await appendRun(appends);
      rates.push(rate);
      console.log(`appends run ${run}: ${rate.toFixed(0)}/s`);
    }
    const chain = await appendLedger.verify();
    if (!chain.valid) {
      throw new Error(
        `the chain of the writers is broken: ${JSON.stringify(chain)}`,
      );
    }
    console.log(
      `the writers' chain of ${chain.checkedEvents} events verifies, sequences 1 to ${chain.toSequence}`,
    );

    const verifyLedger = await verifies.ledger();
    const filled = performance.now();
    await fill(verifyLedger, VERIFY_EVENTS);
    console.log(
      `wrote ${VERIFY_EVENTS} events in ${(
        (performance.now() - filled) /
        1000
      ).toFixed(1)} s`,
    );
    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const ms = await timeVerify(verifyLedger, VERIFY_EVENTS);
      times.push(ms);
      console.log(`verify run ${run}: ${(ms / 1000).toFixed(2)} s`);
    }

    const rate = median(rates);
    const verifyMs = median(times);
    console.log('');
    console.log(
      `appends/s, 2 writer processes x ${CONCURRENCY} in flight, ${SECONDS} s (median of ${RUNS}): ${rate.toFixed(
        0,
      )} (target >= ${APPEND_TARGET}) ${
        rate >= APPEND_TARGET ? 'OK' : 'MISSED'
      }`,
    );
    console.log(
      `verify ${VERIFY_EVENTS} events (median of ${RUNS}): ${(
        verifyMs / 1000
      ).toFixed(2)} s (target < ${VERIFY_TARGET_MS / 1000} s) ${
        verifyMs < VERIFY_TARGET_MS ? 'OK' : 'MISSED'
      }`,
    );
  } finally {
    await appends.drop();
    await verifies.drop();
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
