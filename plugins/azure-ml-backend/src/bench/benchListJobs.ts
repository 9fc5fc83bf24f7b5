/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures what the plugin adds to Azure: p50/p99 of `listJobs` through the
// backend (Backstage auth, permission, user-token validation, cached
// on-behalf-of token, ARM call, mapping) against the same list called
// directly on the emulator with an ARM token, both with 50 concurrent
// clients on warm caches. Medians of BENCH_RUNS runs (default 3).
//
// Usage: yarn workspace @azure-ml-backstage/plugin-azure-ml-backend bench
import { AZURE_ML_API_VERSION } from '../service/AzureMlClients';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  demoIds,
  portalUserToken,
  startTestEmulator,
  userAccessToken,
} from '@internal/azure-emulator/testing';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { azureMlPlugin } from '../plugin';
import { azureMlTestConfig, userHeaders } from '../testing/pluginTestHarness';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 40);

type Getter = (url: string, headers: Record<string, string>) => Promise<void>;

function getterFor(agent: http.Agent, module: typeof http | typeof https): Getter {
  return (url, headers) =>
    new Promise((resolve, reject) => {
      const req = module.get(url, { agent, headers }, res => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve()
            : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
      });
      req.on('error', reject);
    });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Latencies in ms of CLIENTS concurrent clients, each sending requests back to back. */
async function measure(get: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
        const started = process.hrtime.bigint();
        await get();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main() {
  const emulator = await startTestEmulator();
  const backend = await startTestBackend({
    features: [
      azureMlPlugin,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: { azureMl: azureMlTestConfig(emulator.urls.https) },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const vision = demoIds.workspace('vision');
  const backendUrl = `http://localhost:${port}/api/azure-ml/workspaces/${vision.subscriptionId}/${vision.resourceGroup}/${vision.name}/jobs`;
  const directUrl = `${emulator.urls.https}${vision.id}/jobs?api-version=${AZURE_ML_API_VERSION}`;
  const portalToken = await portalUserToken(emulator, 'bob');
  const armToken = (await userAccessToken(emulator, demoIds.user('bob'))).token;
  const backendHeaders = userHeaders(portalToken);
  const directHeaders = { Authorization: `Bearer ${armToken}` };
  const viaBackend = getterFor(new http.Agent({ keepAlive: true, maxSockets: CLIENTS }), http);
  const direct = getterFor(new https.Agent({ keepAlive: true, maxSockets: CLIENTS }), https);
  // ARM's per-principal read budget would throttle the run: lift it, as the
  // numbers are about overhead, not about Azure's limits.
  const unlimited = { capacity: 1e9, refillPerSecond: 1e9 };
  const lift = () =>
    emulator.ctx.budgets.setBudgets({ reads: unlimited, writes: unlimited });
  lift();

  // Warm up: token validation keys, the on-behalf-of cache, connection pools.
  await measure(() => viaBackend(backendUrl, backendHeaders));
  await measure(() => direct(directUrl, directHeaders));

  const rows: { backend: { p50: number; p99: number }; direct: { p50: number; p99: number } }[] = [];
  for (let run = 0; run < RUNS; run++) {
    lift();
    const directRun = await measure(() => direct(directUrl, directHeaders));
    lift();
    const backendRun = await measure(() => viaBackend(backendUrl, backendHeaders));
    rows.push({ backend: backendRun, direct: directRun });
    console.log(
      `run ${run + 1}: direct p50 ${directRun.p50.toFixed(2)} ms p99 ${directRun.p99.toFixed(2)} ms | backend p50 ${backendRun.p50.toFixed(2)} ms p99 ${backendRun.p99.toFixed(2)} ms`,
    );
  }
  const m = (pick: (r: (typeof rows)[number]) => number) => median(rows.map(pick));
  const d50 = m(r => r.direct.p50);
  const d99 = m(r => r.direct.p99);
  const b50 = m(r => r.backend.p50);
  const b99 = m(r => r.backend.p99);
  console.log(
    `\nlistJobs, ${CLIENTS} concurrent clients x ${REQUESTS_PER_CLIENT} requests, medians of ${RUNS} runs:`,
  );
  console.log(`  direct to the emulator: p50 ${d50.toFixed(2)} ms, p99 ${d99.toFixed(2)} ms`);
  console.log(`  through the backend:    p50 ${b50.toFixed(2)} ms, p99 ${b99.toFixed(2)} ms`);
  console.log(
    `  overhead: p50 ${(b50 - d50).toFixed(2)} ms (x${(b50 / d50).toFixed(2)}), p99 ${(b99 - d99).toFixed(2)} ms (x${(b99 / d99).toFixed(2)}); target p50 < 5 ms, p99 < 20 ms`,
  );
  console.log(`  on-behalf-of exchanges during the run: ${emulator.ctx.tokenGrants.get('urn:ietf:params:oauth:grant-type:jwt-bearer https://management.azure.com/.default') ?? 0}`);
  await backend.stop();
  await emulator.stop();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
