/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Starts the portal (frontend dev server and backend) on its embedded defaults
// and says where to go once both answer. Run through scripts/toolchain.sh.
import { spawn } from 'node:child_process';
import { portalUrls, waitForPortal } from './portal.mjs';

const child = spawn(
  'yarn',
  ['backstage-cli', 'repo', 'start', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions() },
  },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(signal ? 1 : code ?? 1));

const started = Date.now();
waitForPortal({
  timeoutMs: 10 * 60_000,
  isAlive: () => child.exitCode === null,
})
  .then(() => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`
  ┌──────────────────────────────────────────────────────────────────
  │ Azure ML for Backstage is up (${seconds}s).
  │
  │   Portal:   ${portalUrls.frontend}
  │   Backend:  ${portalUrls.backend}  (health: ${portalUrls.readiness})
  │
  │ Sign in: press "Enter" on the Guest card (local guest sign-in).
  │ Data:    SQLite in memory: everything is gone when you stop.
  │ Stop:    Ctrl+C
  └──────────────────────────────────────────────────────────────────
`);
  })
  .catch(error => {
    console.error(`[start] ${error.message}`);
    child.kill('SIGTERM');
    process.exitCode = 1;
  });

function nodeOptions() {
  // The backend loads TypeScript config schemas and plugins at start; the
  // default heap is tight for the frontend dev server on small machines.
  const existing = process.env.NODE_OPTIONS ?? '';
  return existing.includes('max-old-space-size')
    ? existing
    : `${existing} --max-old-space-size=4096`.trim();
}
