/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { CustomErrorBase } from '@backstage/errors';

/**
 * An operation in Azure did not get where it had to within the time the
 * action waits.
 *
 * @internal
 */
export class OperationTimeoutError extends CustomErrorBase {
  name = 'OperationTimeoutError' as const;
}

/**
 * The step was cancelled while it waited on Azure.
 *
 * @internal
 */
export class StepCancelledError extends CustomErrorBase {
  name = 'StepCancelledError' as const;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });
}

/**
 * Reads a state until `done` says it has arrived, waiting `intervalMs`
 * between reads and reporting every read to `progress`.
 *
 * @returns The state that arrived.
 * @throws OperationTimeoutError with `timeoutMessage(last state)` when
 *   `timeoutMs` passes first, `StepCancelledError` when `signal` aborts, or
 *   whatever `read` throws.
 * @internal
 */
export async function pollUntil<T>(options: {
  read: () => Promise<T>;
  done: (state: T) => boolean;
  progress: (state: T, elapsedMs: number) => void;
  timeoutMessage: (state: T, elapsedMs: number) => string;
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<T> {
  const started = Date.now();
  for (;;) {
    if (options.signal?.aborted) {
      throw new StepCancelledError(
        'The step was cancelled while it waited for Azure',
      );
    }
    const state = await options.read();
    const elapsed = Date.now() - started;
    options.progress(state, elapsed);
    if (options.done(state)) return state;
    const remaining = options.timeoutMs - elapsed;
    if (remaining <= 0) {
      throw new OperationTimeoutError(options.timeoutMessage(state, elapsed));
    }
    await sleep(Math.min(options.intervalMs, remaining), options.signal);
  }
}
