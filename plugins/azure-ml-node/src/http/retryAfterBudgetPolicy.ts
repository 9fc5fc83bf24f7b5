/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  PipelinePolicy,
  PipelineRequest,
  PipelineResponse,
} from '@azure/core-rest-pipeline';
import { azureCorrelationOf } from './azureCorrelation';
import { AzureRetryableError } from './AzureRetryableError';
import { formatSeconds } from './formatSeconds';
import { readAzureErrorBody } from './readAzureErrorBody';
import { retryAfterMs } from './retryAfterMs';

/**
 * The name of {@link retryAfterBudgetPolicy} in a pipeline.
 *
 * @public
 */
export const retryAfterBudgetPolicyName = 'azureMlRetryAfterBudgetPolicy';

/**
 * The limits of {@link retryAfterBudgetPolicy}.
 *
 * @public
 */
export type RetryAfterBudget = {
  /** Retries of one request, at most; the pipeline's retry policy must allow as many. */
  maxRetries: number;
  /** The total time one request may spend waiting for `Retry-After`s, in ms. */
  maxRetryWaitMs: number;
};

type Spent = { tries: number; waitedMs: number };

/** Statuses `@azure/core-rest-pipeline`'s exponential strategy retries. */
function isServerError(status: number): boolean {
  return (status >= 500 || status === 408) && status !== 501 && status !== 505;
}

/**
 * Keeps retries of throttled and failing Azure calls inside a budget, so a
 * call never hangs on a long `Retry-After`. Added per retry, it sees every
 * try's answer before the pipeline's retry policy does:
 *
 * - a 429, or a 503 with a `Retry-After` (`retry-after-ms`,
 *   `x-ms-retry-after-ms`, seconds or an HTTP date), passes on to the retry
 *   policy, which waits exactly that long and tries again, while the tries
 *   left and the total wait stay within the budget; otherwise (Azure asks to
 *   wait longer than is left, the retries are used up, or a 429 says no
 *   wait) it throws an {@link AzureRetryableError} with reason `throttled`
 *   at once, naming the wait Azure asked for;
 * - a server error (500, 502, 503, 504, 408) on the last allowed try throws
 *   an {@link AzureRetryableError} with reason `unavailable`.
 *
 * The error is not a `RestError`, so the retry policy passes it through
 * without waiting. It keeps Azure's status, error code and correlation ids.
 *
 * @public
 */
export function retryAfterBudgetPolicy(
  budget: RetryAfterBudget,
): PipelinePolicy {
  const spentBy = new WeakMap<PipelineRequest, Spent>();
  return {
    name: retryAfterBudgetPolicyName,
    async sendRequest(request, next) {
      const response = await next(request);
      const spent = spentBy.get(request) ?? { tries: 0, waitedMs: 0 };
      spent.tries += 1;
      spentBy.set(request, spent);
      const retriesDone = spent.tries - 1;
      const lastTry = retriesDone >= budget.maxRetries;
      const { status } = response;
      const waitMs =
        status === 429 || status === 503
          ? retryAfterMs(response.headers)
          : undefined;

      if (status === 429 || waitMs !== undefined) {
        if (waitMs === undefined) {
          throw retryable(
            response,
            'throttled',
            `${answered(
              response,
            )} without saying how long to wait; it can be retried later`,
          );
        }
        if (lastTry) {
          throw retryable(
            response,
            'throttled',
            `${answered(response)} again after ${retriesDone} ${plural(
              retriesDone,
              'retry',
              'retries',
            )}; it can be retried after ${formatSeconds(waitMs)}`,
            waitMs,
          );
        }
        const leftMs = budget.maxRetryWaitMs - spent.waitedMs;
        if (waitMs > leftMs) {
          throw retryable(
            response,
            'throttled',
            `${answered(response)} and asks to wait ${formatSeconds(
              waitMs,
            )}, longer than the ${formatSeconds(
              budget.maxRetryWaitMs,
            )} this client waits for one request; it can be retried after ${formatSeconds(
              waitMs,
            )}`,
            waitMs,
          );
        }
        spent.waitedMs += waitMs;
        return response;
      }

      if (isServerError(status) && lastTry) {
        const { message } = readAzureErrorBody(response.bodyAsText);
        throw retryable(
          response,
          'unavailable',
          `${answered(response)} on ${spent.tries} ${plural(
            spent.tries,
            'try',
            'tries',
          )}${
            message ? `: ${message.replace(/\.$/, '')}` : ''
          }; it can be retried later`,
        );
      }
      return response;
    },
  };
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** `Azure answered 429 SubscriptionRequestsThrottled to a request to host`. */
function answered(response: PipelineResponse): string {
  const { code } = readAzureErrorBody(response.bodyAsText);
  return `Azure answered ${response.status}${
    code ? ` ${code}` : ''
  } to a request to ${new URL(response.request.url).host}`;
}

function retryable(
  response: PipelineResponse,
  reason: 'throttled' | 'unavailable',
  message: string,
  waitMs?: number,
): AzureRetryableError {
  return new AzureRetryableError(message, {
    reason,
    host: new URL(response.request.url).host,
    azureStatusCode: response.status,
    azureErrorCode: readAzureErrorBody(response.bodyAsText).code,
    retryAfterMs: waitMs,
    correlation: azureCorrelationOf(response),
  });
}
