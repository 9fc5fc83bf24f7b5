/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// A backend process appending to the ledger, for the tests and the benchmark
// of several writers: forked with Backstage's Node transform, it opens its
// own connection pool to AUDIT_DATABASE_URL, waits for `go`, appends as
// `AUDIT_WORKER` (AUDIT_CONCURRENCY at a time) until it has appended
// AUDIT_COUNT events or AUDIT_SECONDS have passed, and reports
// `{ type: 'done', appended, seconds }`.
import knexFactory from 'knex';
import { KnexAuditLedger } from '../KnexAuditLedger';

const env = (name: string, fallback?: string) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

async function main() {
  const worker = env('AUDIT_WORKER');
  const count = Number(env('AUDIT_COUNT', 'Infinity'));
  const seconds = Number(env('AUDIT_SECONDS', 'Infinity'));
  const concurrency = Number(env('AUDIT_CONCURRENCY', '1'));
  const knex = knexFactory({
    client: 'pg',
    connection: env('AUDIT_DATABASE_URL'),
    pool: { min: 1, max: Math.max(2, concurrency) },
  });
  const ledger = await KnexAuditLedger.create({
    database: { getClient: async () => knex, migrations: { skip: true } },
    secret: env('AUDIT_SECRET'),
  });
  await knex.raw('select 1');
  process.send!({ type: 'ready' });
  await new Promise<void>(resolve =>
    process.once('message', m => m === 'go' && resolve()),
  );
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  const appender = async () => {
    while (next < count && Date.now() < deadline) {
      const i = next++;
      await ledger.append({
        actor: { service: worker },
        action: 'job.cancel',
        outcome: 'initiated',
        source: 'portal',
        requestId: `${worker}-${i}`,
        parameters: { worker, i },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, appender));
  const elapsed = (Date.now() - started) / 1000;
  await knex.destroy();
  process.send!({ type: 'done', appended: next, seconds: elapsed }, () =>
    process.disconnect?.(),
  );
}

main().catch(error => {
  process.exitCode = 1;
  process.send?.(
    { type: 'error', message: String(error?.stack ?? error) },
    () => process.disconnect?.(),
  );
});
