/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { LoggerService } from '@backstage/backend-plugin-api';
import { CustomErrorBase } from '@backstage/errors';
import { pollUntil } from './pollUntil';

/** Provisioning states after which nothing changes by itself any more. */
const ENDED = new Set(['Succeeded', 'Failed', 'Canceled']);
/** How often a state that has not changed is logged again. */
const REPORT_EVERY_MS = 60_000;

/**
 * Azure ended a resource's provisioning as `Failed` or `Canceled`.
 *
 * @internal
 */
export class ProvisioningFailedError extends CustomErrorBase {
  name = 'ProvisioningFailedError' as const;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

/**
 * Reads a resource Azure is provisioning (an online deployment, an endpoint
 * whose traffic changes) until its `provisioningState` is `Succeeded`,
 * logging each state it passes through, and every minute one that lasts.
 *
 * @param what - The resource in words, capitalized: `Deployment green of endpoint defect-classifier`.
 * @param timeoutHint - What to do about a timeout, ending its message.
 * @returns The resource as last read.
 * @throws ProvisioningFailedError when it ends `Failed` or `Canceled`;
 *   OperationTimeoutError after `timeoutMs`; whatever `read` throws.
 * @internal
 */
export async function waitForProvisioning<T>(options: {
  read: () => Promise<T>;
  stateOf: (resource: T) => string | undefined;
  what: string;
  timeoutMs: number;
  timeoutHint: string;
  intervalMs: number;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<T> {
  const { what, logger } = options;
  const stateOf = (resource: T) => options.stateOf(resource) ?? 'Unknown';
  let last: { state: string; loggedMs: number } | undefined;
  const resource = await pollUntil({
    read: options.read,
    done: read => ENDED.has(stateOf(read)),
    progress: (read, elapsedMs) => {
      const state = stateOf(read);
      if (
        state !== last?.state ||
        elapsedMs - last.loggedMs >= REPORT_EVERY_MS
      ) {
        logger.info(`${what} is ${state} (after ${seconds(elapsedMs)})`);
        last = { state, loggedMs: elapsedMs };
      }
    },
    timeoutMessage: (read, elapsedMs) =>
      `${what} was still ${stateOf(read)} after ${seconds(
        elapsedMs,
      )}, and the action waits ${seconds(options.timeoutMs)}; ${
        options.timeoutHint
      }.`,
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  const state = stateOf(resource);
  if (state !== 'Succeeded') {
    throw new ProvisioningFailedError(
      `${what} ended ${state} instead of Succeeded.`,
    );
  }
  return resource;
}
