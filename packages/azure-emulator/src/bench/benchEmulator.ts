/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures the emulator so later benchmarks of the product can be read
// against it: its latency floor (sequential requests) and throughput on ARM
// list calls (concurrent), each next to a baseline in the same run, a bare
// Node https server answering a canned page of the same size.
//
// Usage: yarn workspace @internal/azure-emulator bench [--rounds 3] [--seconds 5]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import tls from 'node:tls';
import { parseArgs } from 'node:util';
import { packagePath } from '../packageRoot';
import { demoIds } from '../testing/demoIds';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
  },
});
const ROUNDS = Number(values.rounds);
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const TRANSFORM = require.resolve(
  '@backstage/cli-node/config/nodeTransform.cjs',
);

type Target = { name: string; url: string; headers: Record<string, string> };

function waitForLine(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', line => {
      if (line.startsWith(prefix)) resolve(line);
    });
    child.on('exit', code =>
      reject(new Error(`process exited (${code}) before '${prefix}'`)),
    );
  });
}

async function startEmulatorProcess() {
  const child = spawn(
    process.execPath,
    [
      '--require',
      TRANSFORM,
      packagePath('src', 'cli.ts'),
      '--https-port',
      '0',
      '--http-port',
      '0',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ready = JSON.parse(
    await waitForLine(child, '{"event":"azure-emulator-ready"'),
  );
  return {
    child,
    urls: ready.urls as { https: string },
    caPath: ready.caPath as string,
  };
}

/** A bare https server with the emulator's certificate, answering `body`. */
async function startBaseline(stateDir: string, body: string) {
  const script = `
    const https = require('node:https');
    const fs = require('node:fs');
    const body = ${JSON.stringify(body)};
    const server = https.createServer({ cert: fs.readFileSync(${JSON.stringify(
      `${stateDir}/server-cert.pem`,
    )}), key: fs.readFileSync(${JSON.stringify(
    `${stateDir}/server-key.pem`,
  )}) }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => console.log('baseline-ready ' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = (await waitForLine(child, 'baseline-ready ')).split(' ')[1];
  return { child, url: `https://localhost:${port}/` };
}

async function armToken(emulatorUrl: string): Promise<string> {
  // A real token from the emulator's Entra endpoint, as a service would get one.
  const portal = demoIds.app('backstage-portal');
  const response = await fetch(
    `${emulatorUrl}/${demoIds.tenant('contoso')}/oauth2/v2.0/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: portal.appId,
        client_secret: portal.passwordCredentials[0].secretText,
        scope: 'https://management.azure.com/.default',
      }),
    },
  );
  if (!response.ok)
    throw new Error(
      `token request failed: ${response.status} ${await response.text()}`,
    );
  return (await response.json()).access_token;
}

async function once(target: Target): Promise<number> {
  const started = performance.now();
  const response = await fetch(target.url, { headers: target.headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${target.name}: ${response.status}`);
  return performance.now() - started;
}

async function latencyFloorMs(target: Target, requests = 300): Promise<number> {
  for (let i = 0; i < 20; i++) await once(target);
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) samples.push(await once(target));
  return median(samples);
}

async function throughput(target: Target): Promise<number> {
  const deadline = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await once(target);
        done++;
      }
    }),
  );
  return done / SECONDS;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const emulator = await startEmulatorProcess();
  tls.setDefaultCACertificates([
    ...tls.getCACertificates('default'),
    readFileSync(emulator.caPath, 'utf8'),
  ]);
  const stateDir = emulator.caPath.replace(/\/ca\.pem$/, '');
  const vision = demoIds.workspace('vision');
  const token = await armToken(emulator.urls.https);
  const headers = { authorization: `Bearer ${token}` };
  const jobs: Target = {
    name: 'list jobs (ARM, 20 per page)',
    url: `${emulator.urls.https}/subscriptions/${vision.subscriptionId}/resourceGroups/${vision.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${vision.name}/jobs?api-version=2024-10-01`,
    headers,
  };
  const page = await (await fetch(jobs.url, { headers })).text();
  const baseline = await startBaseline(stateDir, page);
  const canned: Target = {
    name: 'baseline (bare https, same body)',
    url: baseline.url,
    headers: {},
  };

  const results: Record<string, { latency: number[]; rps: number[] }> = {
    [jobs.name]: { latency: [], rps: [] },
    [canned.name]: { latency: [], rps: [] },
  };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of [canned, jobs]) {
        await fetch(`${emulator.urls.https}/admin/reset`, { method: 'POST' });
        await liftBudgets(emulator.urls.https);
        results[target.name].latency.push(await latencyFloorMs(target));
        results[target.name].rps.push(await throughput(target));
      }
      console.error(`round ${round + 1}/${ROUNDS} done`);
    }
  } finally {
    emulator.child.kill();
    baseline.child.kill();
  }
  const base = results[canned.name];
  console.log(
    `\nmedians of ${ROUNDS} rounds; ${CONCURRENCY} concurrent for ${SECONDS}s; body ${page.length} bytes`,
  );
  console.log(
    `${'target'.padEnd(36)} ${'latency floor'.padStart(
      14,
    )} ${'throughput'.padStart(12)}`,
  );
  for (const [name, r] of Object.entries(results)) {
    const latency = median(r.latency);
    const rps = median(r.rps);
    const comparison =
      r === base
        ? ''
        : `   (${(latency / median(base.latency)).toFixed(1)}x latency, ${(
            rps / median(base.rps)
          ).toFixed(2)}x throughput of baseline)`;
    const columns = [
      name.padEnd(36),
      `${latency.toFixed(2)} ms`.padStart(14),
      `${rps.toFixed(0)} req/s`.padStart(12),
    ];
    console.log(`${columns.join(' ')}${comparison}`);
  }
}

/**
 * ARM's budget would throttle after 250 requests: lift it, since this
 * measures the emulator itself, not ARM's limits.
 */
async function liftBudgets(emulatorUrl: string) {
  const unlimited = { capacity: 1e9, refillPerSecond: 1e9 };
  await fetch(`${emulatorUrl}/admin/budgets`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reads: unlimited, writes: unlimited }),
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
