/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures what one run of the access doctor costs a user: the median time
// of `GET …/access-doctor` (six checks: token, two cached on-behalf-of
// exchanges, effective permissions, role definitions, Backstage decisions,
// the secret's expiry from Graph) against `GET …/access` (the features'
// check behind every disabled button), both through the backend against the
// emulator in this process, one request at a time, on warm caches. Medians
// of BENCH_RUNS runs (default 5) of BENCH_REQUESTS requests each (default 40).
//
// Usage: yarn workspace @azure-ml-backstage/plugin-azure-ml-backend bench:doctor
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  portalUserToken,
  startTestEmulator,
} from '@internal/azure-emulator/testing';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { azureMlPlugin } from '../src/plugin';
import {
  CONTOSO,
  azureMlTestConfig,
  demoWorkspace,
  resourceEntity,
  userHeaders,
} from '../src/__testUtils__/pluginTestHarness';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median latency in ms of `REQUESTS` sequential GETs of `url`. */
async function medianLatency(
  url: string,
  headers: Record<string, string>,
): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) {
      throw new Error(`${url} answered ${response.status}`);
    }
    latencies.push(performance.now() - start);
  }
  return median(latencies);
}

async function main() {
  const emulator = await startTestEmulator();
  const vision = demoWorkspace('vision');
  const backend = await startTestBackend({
    features: [
      azureMlPlugin,
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      catalogServiceMock.factory({
        entities: [resourceEntity('mlw-vision', vision.id)],
      }),
      mockServices.rootConfig.factory({
        data: {
          azureMl: {
            ...azureMlTestConfig(emulator.urls.https),
            audit: { secret: 'bench-audit-secret-0123456789abcdef' },
          },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const base = `http://localhost:${port}${vision.path}`;
  const headers = userHeaders(
    await portalUserToken(emulator, 'alice', CONTOSO),
  );
  // Warm up: signing keys, on-behalf-of tokens, connection pools.
  await medianLatency(`${base}/access`, headers);
  await medianLatency(`${base}/access-doctor`, headers);
  const rows: { access: number; doctor: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const access = await medianLatency(`${base}/access`, headers);
    const doctor = await medianLatency(`${base}/access-doctor`, headers);
    rows.push({ access, doctor });
    console.log(
      `run ${run + 1}: access p50 ${access.toFixed(
        1,
      )} ms | access-doctor p50 ${doctor.toFixed(1)} ms (${(
        doctor / access
      ).toFixed(2)}x)`,
    );
  }
  const access = median(rows.map(r => r.access));
  const doctor = median(rows.map(r => r.doctor));
  console.log(
    `\nmedians of ${RUNS} runs of ${REQUESTS} requests (Alice, mlw-vision, one at a time):\n` +
      `  GET …/access          ${access.toFixed(1)} ms\n` +
      `  GET …/access-doctor   ${doctor.toFixed(1)} ms  (${(
        doctor / access
      ).toFixed(2)}x the access check)`,
  );
  await backend.stop();
  await emulator.stop();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
