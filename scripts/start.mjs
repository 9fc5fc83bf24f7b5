/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Starts the portal on its embedded defaults: the local Azure emulator first,
// then the frontend dev server and backend, trusting the emulator's CA. Says
// where to go once everything answers. Run through scripts/toolchain.sh.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { portalUrls, waitForPortal } from './portal.mjs';

const children = [];

function stopAll(code) {
  for (const child of children)
    if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => stopAll(0));

function track(child, name) {
  children.push(child);
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM')
      console.error(`[start] ${name} exited (${signal ?? code}); stopping`);
    stopAll(code ?? 1);
  });
  return child;
}

/** Starts the emulator and resolves with its URLs and CA once it is ready. */
function startEmulator() {
  const emulator = track(
    spawn('yarn', ['workspace', '@internal/azure-emulator', 'start'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
    'azure emulator',
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the Azure emulator did not start within 120s')),
      120_000,
    );
    createInterface({ input: emulator.stdout }).on('line', line => {
      if (line.startsWith('{"event":"azure-emulator-ready"')) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      } else {
        console.log(`[azure-emulator] ${line}`);
      }
    });
    emulator.on('exit', () =>
      reject(new Error('the Azure emulator exited before it was ready')),
    );
  });
}

function nodeOptions() {
  // The frontend dev server needs more than the default heap on small machines.
  const existing = process.env.NODE_OPTIONS ?? '';
  return existing.includes('max-old-space-size')
    ? existing
    : `${existing} --max-old-space-size=4096`.trim();
}

const started = Date.now();
try {
  const emulator = await startEmulator();
  const portal = track(
    spawn(
      'yarn',
      ['backstage-cli', 'repo', 'start', ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          NODE_OPTIONS: nodeOptions(),
          NODE_EXTRA_CA_CERTS: emulator.caPath,
          AZURE_EMULATOR_URL: emulator.urls.https,
          // The emulator's managed identity (backstage-portal-mi), which the
          // msgraph catalog module reaches through DefaultAzureCredential.
          ...emulator.managedIdentity,
        },
      },
    ),
    'portal',
  );
  await waitForPortal({
    timeoutMs: 10 * 60_000,
    isAlive: () => portal.exitCode === null,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  ┌──────────────────────────────────────────────────────────────────
  │ Azure ML for Backstage is up (${seconds}s).
  │
  │   Portal:   ${portalUrls.frontend}
  │   Backend:  ${portalUrls.backend}  (health: ${portalUrls.readiness})
  │   Azure:    ${emulator.urls.https}  (local emulator; CA ${emulator.caPath})
  │
  │ Sign in: "Sign in" on the Microsoft card, then pick a demo account
  │          on the emulator's page (e.g. Bob Builder).
  │ Data:    SQLite in memory: everything is gone when you stop.
  │ Stop:    Ctrl+C
  └──────────────────────────────────────────────────────────────────
`);
} catch (error) {
  console.error(`[start] ${error.message}`);
  stopAll(1);
}
