/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** What one appending process reports. */
export type AppendWorkerResult = {
  worker: string;
  appended: number;
  seconds: number;
};

function waitFor(child: ChildProcess, type: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: any) => {
      if (m?.type === type) {
        child.off('message', onMessage);
        resolve(m);
      } else if (m?.type === 'error') {
        reject(new Error(m.message));
      }
    };
    child.on('message', onMessage);
    child.once('exit', code =>
      reject(new Error(`append worker exited with ${code} before '${type}'`)),
    );
  });
}

/**
 * Runs `workers` separate Node processes appending to the ledger in the
 * PostgreSQL database at `url`: all start appending at the same moment, once
 * every one has connected.
 */
export async function forkAppendWorkers(options: {
  url: string;
  secret: string;
  workers: number;
  count?: number;
  seconds?: number;
  concurrency?: number;
}): Promise<AppendWorkerResult[]> {
  const children = Array.from({ length: options.workers }, (_, i) =>
    fork(path.join(__dirname, 'appendWorker.ts'), {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      ],
      env: {
        ...process.env,
        AUDIT_WORKER: `writer-${i + 1}`,
        AUDIT_DATABASE_URL: options.url,
        AUDIT_SECRET: options.secret,
        AUDIT_COUNT: String(options.count ?? Infinity),
        AUDIT_SECONDS: String(options.seconds ?? Infinity),
        AUDIT_CONCURRENCY: String(options.concurrency ?? 1),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  try {
    await Promise.all(children.map(c => waitFor(c, 'ready')));
    const done = children.map(c => waitFor(c, 'done'));
    children.forEach(c => c.send('go'));
    const results = await Promise.all(done);
    return results.map((r, i) => ({
      worker: `writer-${i + 1}`,
      appended: r.appended,
      seconds: r.seconds,
    }));
  } finally {
    children.forEach(c => {
      if (c.exitCode === null) c.kill();
    });
  }
}
