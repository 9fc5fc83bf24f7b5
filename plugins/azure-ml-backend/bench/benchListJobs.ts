/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures what the plugin adds to Azure: p50/p99 of `listJobs` through the
// backend (Backstage auth, permission, user-token validation, cached
// on-behalf-of token, ARM call through the official SDK, mapping, response
// validation off as in production) against the same list called directly on
// the emulator with an ARM token, on warm caches. The emulator runs in a
// process of its own. Medians of BENCH_RUNS runs (default 3), at
// BENCH_CLIENTS concurrent clients (default 50) and at 1 client.
//
// Usage: yarn workspace @azure-ml-backstage/plugin-azure-ml-backend bench
import { AZURE_ML_API_VERSION } from '../src/service/AzureMlClients';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { demoIds } from '@internal/azure-emulator/testing';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { azureMlPlugin } from '../src/plugin';
import {
  azureMlTestConfig,
  userHeaders,
} from '../src/__testUtils__/pluginTestHarness';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);

type EmulatorProcess = {
  child: ChildProcess;
  https: string;
  portalToken: string;
  armToken: string;
};

/** Starts the emulator in its own process and trusts its CA. */
function forkEmulator(): Promise<EmulatorProcess> {
  const child = fork(path.join(__dirname, 'benchEmulatorProcess.ts'), {
    execArgv: [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    ],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', code =>
      reject(new Error(`emulator exited with ${code}`)),
    );
    child.on('message', (m: any) => {
      if (m?.type !== 'azure-emulator-ready') return;
      tls.setDefaultCACertificates([
        ...tls.getCACertificates('default'),
        readFileSync(m.caPath, 'utf8'),
      ]);
      resolve({ child, ...m });
    });
  });
}

function exchangesAt(emulator: EmulatorProcess): Promise<number> {
  return new Promise(resolve => {
    emulator.child.on('message', (m: any) => {
      if (m?.type === 'azure-emulator-exchanges') resolve(m.exchanges);
    });
    emulator.child.send('exchanges');
  });
}

type Getter = (url: string, headers: Record<string, string>) => Promise<void>;

function getterFor(
  agent: http.Agent,
  module: typeof http | typeof https,
): Getter {
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

type Latency = { p50: number; p99: number; perSecond: number };

/** Latencies in ms of `clients` concurrent clients sending REQUESTS requests back to back. */
async function measure(
  clients: number,
  get: () => Promise<void>,
): Promise<Latency> {
  const latencies: number[] = [];
  let sent = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (sent < REQUESTS) {
        sent++;
        const t = process.hrtime.bigint();
        await get();
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
  };
}

async function main() {
  const emulator = await forkEmulator();
  const backend = await startTestBackend({
    features: [
      azureMlPlugin,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: { azureMl: azureMlTestConfig(emulator.https) },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const vision = demoIds.workspace('vision');
  const backendUrl = `http://localhost:${port}/api/azure-ml/workspaces/${vision.subscriptionId}/${vision.resourceGroup}/${vision.name}/jobs`;
  const directUrl = `${emulator.https}${vision.id}/jobs?api-version=${AZURE_ML_API_VERSION}`;
  const backendHeaders = userHeaders(emulator.portalToken);
  const directHeaders = { Authorization: `Bearer ${emulator.armToken}` };
  const agent = (module: typeof http | typeof https) =>
    new module.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const viaBackend = getterFor(agent(http), http);
  const direct = getterFor(agent(https), https);

  for (const clients of [CLIENTS, 1]) {
    // Warm up: token validation keys, the on-behalf-of cache, connection pools.
    await measure(clients, () => viaBackend(backendUrl, backendHeaders));
    await measure(clients, () => direct(directUrl, directHeaders));
    const rows: { backend: Latency; direct: Latency }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const d = await measure(clients, () => direct(directUrl, directHeaders));
      const b = await measure(clients, () =>
        viaBackend(backendUrl, backendHeaders),
      );
      rows.push({ backend: b, direct: d });
      console.log(
        `${clients} client(s), run ${run + 1}: direct p50 ${d.p50.toFixed(
          2,
        )} p99 ${d.p99.toFixed(2)} ms (${d.perSecond.toFixed(
          0,
        )}/s) | backend p50 ${b.p50.toFixed(2)} p99 ${b.p99.toFixed(
          2,
        )} ms (${b.perSecond.toFixed(0)}/s)`,
      );
    }
    const m = (pick: (r: (typeof rows)[number]) => number) =>
      median(rows.map(pick));
    const [d50, d99, b50, b99] = [
      m(r => r.direct.p50),
      m(r => r.direct.p99),
      m(r => r.backend.p50),
      m(r => r.backend.p99),
    ];
    console.log(
      `\nlistJobs, ${clients} concurrent client(s), ${REQUESTS} requests, medians of ${RUNS} runs:`,
    );
    console.log(
      `  direct to the emulator: p50 ${d50.toFixed(2)} ms, p99 ${d99.toFixed(
        2,
      )} ms, ${m(r => r.direct.perSecond).toFixed(0)} req/s`,
    );
    console.log(
      `  through the backend:    p50 ${b50.toFixed(2)} ms, p99 ${b99.toFixed(
        2,
      )} ms, ${m(r => r.backend.perSecond).toFixed(0)} req/s`,
    );
    console.log(
      `  overhead: p50 ${(b50 - d50).toFixed(2)} ms (x${(b50 / d50).toFixed(
        2,
      )}), p99 ${(b99 - d99).toFixed(2)} ms (x${(b99 / d99).toFixed(
        2,
      )}); target p50 < 5 ms, p99 < 20 ms\n`,
    );
  }
  console.log(
    `on-behalf-of exchanges for ARM during the whole benchmark: ${await exchangesAt(
      emulator,
    )}`,
  );
  await backend.stop();
  emulator.child.disconnect();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
