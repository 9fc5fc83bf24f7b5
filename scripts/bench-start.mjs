/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Measures what a newcomer waits for and what the portal costs once up:
//   - toolchain overhead of an already set-up checkout (scripts/toolchain.sh);
//   - `npm start` to first page (frontend 200 and backend ready);
//   - backend resident memory right after start.
// Timings are medians of BENCH_RUNS runs (default 3) and also ratios to a fixed
// CPU yardstick measured in the same run, since machines here are shared.
//
// Usage: npm run bench:start   (nothing may be listening on :3000 or :7007)
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { portalUrls, waitForPortal } from './portal.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timed(fn) {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** A fixed amount of CPU work: hashing 256 MiB. */
function yardstick() {
  const chunk = Buffer.alloc(1 << 20, 7);
  return timed(() => {
    const hash = createHash('sha256');
    for (let i = 0; i < 256; i++) hash.update(chunk);
    hash.digest();
  });
}

function listenerPid(port) {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], {
    encoding: 'utf8',
  });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`nothing listens on :${port}`);
  return Number(pid);
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function portsFree() {
  for (let i = 0; i < 60; i++) {
    const busy = execFileSync(
      'ss',
      ['-ltnH', '( sport = :3000 or sport = :7007 )'],
      { encoding: 'utf8' },
    );
    if (!busy.trim()) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error('ports 3000/7007 stay busy: stop the running portal first');
}

async function startOnce() {
  await portsFree();
  const started = Date.now();
  const child = spawn('node', ['scripts/start.mjs'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForPortal({
      timeoutMs: 10 * 60_000,
      isAlive: () => child.exitCode === null,
    });
    const seconds = (Date.now() - started) / 1000;
    // Let start-up work (first catalog pass, search indexing) settle first.
    await new Promise(resolve => setTimeout(resolve, 10_000));
    return { seconds, rss: rssMiB(listenerPid(7007)) };
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await new Promise(resolve => child.on('exit', resolve));
  }
}

const baseline = [];
const overhead = [];
const starts = [];
const rss = [];
for (let i = 0; i < runs; i++) {
  baseline.push(yardstick());
  overhead.push(
    timed(() => execFileSync('bash', ['scripts/toolchain.sh', 'true'])),
  );
  const { seconds, rss: mib } = await startOnce();
  starts.push(seconds);
  rss.push(mib);
  console.error(
    `run ${i + 1}/${runs}: start ${seconds.toFixed(
      1,
    )}s, backend RSS ${mib.toFixed(0)} MiB`,
  );
}

const yard = median(baseline);
const row = (name, value, unit, ratio) =>
  console.log(
    `${name.padEnd(34)} ${value.padStart(8)} ${unit.padEnd(4)} ${ratio}`,
  );
console.log(
  `\nmedians of ${runs} runs (yardstick: sha256 of 256 MiB = ${yard.toFixed(
    2,
  )}s)`,
);
row(
  'toolchain overhead (set up)',
  median(overhead).toFixed(2),
  's',
  `${(median(overhead) / yard).toFixed(1)}x yardstick`,
);
row(
  'npm start → first page',
  median(starts).toFixed(1),
  's',
  `${(median(starts) / yard).toFixed(1)}x yardstick`,
);
row('backend RSS after start', median(rss).toFixed(0), 'MiB', '');
console.log(`frontend ${portalUrls.frontend}, backend ${portalUrls.backend}`);
