/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { AzureRetryableError } from './AzureRetryableError';
import { formatSeconds } from './formatSeconds';

/**
 * The name of {@link tryTimeoutPolicy} in a pipeline.
 *
 * @public
 */
export const tryTimeoutPolicyName = 'azureMlTryTimeoutPolicy';

/**
 * Aborts one try of a request that gets no complete answer (headers and
 * body) within `timeoutMs`, and throws an {@link AzureRetryableError} with
 * reason `timeout` naming the host and the timeout. Add it per retry, so each
 * try has its own clock and waits between tries do not count.
 *
 * @remarks
 *
 * A timed-out try is not retried: the error reaches the caller at once, so a
 * hung Azure holds a user's request at most `timeoutMs`. A caller's own abort
 * signal still aborts the try as before.
 *
 * @param options - `timeoutMs`, the longest one try may take.
 * @public
 */
export function tryTimeoutPolicy(options: {
  timeoutMs: number;
}): PipelinePolicy {
  const { timeoutMs } = options;
  return {
    name: tryTimeoutPolicyName,
    async sendRequest(request, next) {
      const callerSignal = request.abortSignal;
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const forwardAbort = () => controller.abort();
      if (callerSignal?.aborted) controller.abort();
      callerSignal?.addEventListener('abort', forwardAbort);
      request.abortSignal = controller.signal;
      try {
        return await next(request);
      } catch (error) {
        if (!timedOut) throw error;
        const host = new URL(request.url).host;
        throw new AzureRetryableError(
          `The request to ${host} got no answer within ${formatSeconds(
            timeoutMs,
          )} and was aborted; it can be retried`,
          {
            reason: 'timeout',
            host,
            correlation: {
              clientRequestId: request.headers.get('x-ms-client-request-id'),
            },
          },
        );
      } finally {
        clearTimeout(timer);
        callerSignal?.removeEventListener('abort', forwardAbort);
        request.abortSignal = callerSignal;
      }
    },
  };
}
