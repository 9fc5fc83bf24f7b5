/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlEndpointProvisioningState,
  AzureMlOnlineEndpoint,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';

/**
 * How often the endpoint is read again while Azure updates it.
 *
 * @internal
 */
export const ENDPOINT_POLL_INTERVAL_MS = 2_000;

/**
 * How long to wait for Azure to finish an update before giving up.
 *
 * @internal
 */
export const ENDPOINT_UPDATE_TIMEOUT_MS = 120_000;

/**
 * How waiting for an endpoint update ended: Azure finished it (`Succeeded`),
 * gave up on it (`Failed` or `Canceled`), or had not finished in time.
 *
 * @internal
 */
export type EndpointUpdateOutcome =
  | { outcome: 'succeeded'; endpoint: AzureMlOnlineEndpoint }
  | { outcome: 'failed'; endpoint: AzureMlOnlineEndpoint }
  | { outcome: 'timedOut'; endpoint: AzureMlOnlineEndpoint };

/**
 * Options of {@link waitForEndpointUpdate}.
 *
 * @internal
 */
export interface WaitForEndpointUpdateOptions {
  api: Pick<AzureMlApi, 'getEndpoint'>;
  workspace: WorkspaceRef;
  /** The endpoint as the update request answered it. */
  endpoint: AzureMlOnlineEndpoint;
  /** Told each state read while waiting. */
  onProgress?(endpoint: AzureMlOnlineEndpoint): void;
  /** Stops waiting; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** @defaultValue {@link ENDPOINT_POLL_INTERVAL_MS} */
  intervalMs?: number;
  /** @defaultValue {@link ENDPOINT_UPDATE_TIMEOUT_MS} */
  timeoutMs?: number;
}

const FAILED_STATES: AzureMlEndpointProvisioningState[] = [
  'Failed',
  'Canceled',
];

function outcomeOf(
  endpoint: AzureMlOnlineEndpoint,
): EndpointUpdateOutcome | undefined {
  if (endpoint.provisioningState === 'Succeeded') {
    return { outcome: 'succeeded', endpoint };
  }
  if (FAILED_STATES.includes(endpoint.provisioningState)) {
    return { outcome: 'failed', endpoint };
  }
  return undefined;
}

function abortError(): Error {
  const error = new Error('Stopped waiting for the endpoint update');
  error.name = 'AbortError';
  return error;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    // Aborting settles the promise at once; the timer left running then
    // resolves nothing.
    const onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
  });
}

/**
 * Waits for Azure to finish a long-running update of an online endpoint:
 * reads the endpoint every `intervalMs` until its provisioning state is
 * `Succeeded`, `Failed` or `Canceled`, or `timeoutMs` has passed. An error
 * reading the endpoint ends the wait with that error.
 *
 * @internal
 */
export async function waitForEndpointUpdate(
  options: WaitForEndpointUpdateOptions,
): Promise<EndpointUpdateOutcome> {
  const {
    api,
    workspace,
    signal,
    onProgress,
    intervalMs = ENDPOINT_POLL_INTERVAL_MS,
    timeoutMs = ENDPOINT_UPDATE_TIMEOUT_MS,
  } = options;
  const deadline = Date.now() + timeoutMs;
  let endpoint = options.endpoint;
  for (;;) {
    const outcome = outcomeOf(endpoint);
    if (outcome) return outcome;
    if (Date.now() >= deadline) return { outcome: 'timedOut', endpoint };
    await delay(Math.min(intervalMs, deadline - Date.now()), signal);
    endpoint = await api.getEndpoint(workspace, endpoint.name);
    if (signal?.aborted) throw abortError();
    onProgress?.(endpoint);
  }
}
