/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The emulator side of the listJobs benchmark, in a process of its own so it
// does not share an event loop with the backend being measured. Sends its
// URLs, CA and the tokens the benchmark needs to the parent over IPC (typed
// messages: Backstage's module loader sends its own on the same channel).
import {
  demoIds,
  portalUserToken,
  startTestEmulator,
  userAccessToken,
} from '@internal/azure-emulator/testing';

async function main() {
  const emulator = await startTestEmulator();
  // ARM's per-principal read budget would throttle the run: lift it, as the
  // figures are about overhead, not about Azure's limits.
  const unlimited = { capacity: 1e9, refillPerSecond: 1e9 };
  emulator.ctx.budgets.setBudgets({ reads: unlimited, writes: unlimited });
  process.send!({
    type: 'azure-emulator-ready',
    https: emulator.urls.https,
    caPath: emulator.caPath,
    portalToken: await portalUserToken(emulator, 'bob'),
    armToken: (await userAccessToken(emulator, demoIds.user('bob'))).token,
  });
  process.on('message', message => {
    if (message === 'exchanges') {
      process.send!({
        type: 'azure-emulator-exchanges',
        exchanges:
          emulator.ctx.tokenGrants.get(
            'urn:ietf:params:oauth:grant-type:jwt-bearer https://management.azure.com/.default',
          ) ?? 0,
      });
    }
  });
  process.on('disconnect', () => {
    emulator.stop().finally(() => process.exit(0));
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
