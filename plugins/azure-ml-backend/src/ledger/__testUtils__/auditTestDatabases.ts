/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { DatabaseService } from '@backstage/backend-plugin-api';
import { randomBytes } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { KnexAuditLedger } from '../KnexAuditLedger';

/** The HMAC secret the ledger tests sign with. */
export const TEST_AUDIT_SECRET = 'test-audit-secret-0123456789abcdef0123456789';

/** The PostgreSQL server of the tests; `npm test` provides one when none runs. */
export function testPostgresUrl(): string {
  return (
    process.env.AZURE_ML_TEST_POSTGRES_URL ??
    'postgres://postgres@127.0.0.1:5432'
  );
}

/** A connection string for database `name` on the test server. */
export function postgresUrlOf(name: string): string {
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database the tests own, and how to drop it. */
export type TestAuditDatabase = {
  engine: 'sqlite' | 'postgres';
  knex: Knex;
  /** PostgreSQL only: the database's connection string, for other processes. */
  url?: string;
  /** As the plugin gets it from `coreServices.database`. */
  service: DatabaseService;
  /** A ledger on it, migrated. */
  ledger(secret?: string): Promise<KnexAuditLedger>;
  drop(): Promise<void>;
};

function asService(knex: Knex): DatabaseService {
  return { getClient: async () => knex };
}

function withLedger(db: Omit<TestAuditDatabase, 'ledger'>): TestAuditDatabase {
  return {
    ...db,
    ledger: (secret = TEST_AUDIT_SECRET) =>
      KnexAuditLedger.create({ database: db.service, secret }),
  };
}

/** A fresh SQLite database in memory, as the local default runs. */
export function sqliteAuditDatabase(): TestAuditDatabase {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  return withLedger({
    engine: 'sqlite',
    knex,
    service: asService(knex),
    drop: () => knex.destroy(),
  });
}

/** A fresh PostgreSQL database `azml_audit_<random>`, dropped by `drop`. */
export async function postgresAuditDatabase(): Promise<TestAuditDatabase> {
  const name = `azml_audit_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: testPostgresUrl() });
  await admin.raw(`create database ${name}`);
  const url = postgresUrlOf(name);
  const knex = knexFactory({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: 5 },
  });
  return withLedger({
    engine: 'postgres',
    knex,
    url,
    service: asService(knex),
    drop: async () => {
      await knex.destroy();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  });
}

/** Both engines, for `describe.each`. */
export const AUDIT_ENGINES = [
  ['sqlite', async () => sqliteAuditDatabase()],
  ['postgres', postgresAuditDatabase],
] as const;
