/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  PipelinePolicy,
  PipelineRequest,
} from '@azure/core-rest-pipeline';

type AbortSignalLike = NonNullable<PipelineRequest['abortSignal']>;
import type { ArmReadBudget } from './ArmReadBudget';

/**
 * The name of {@link armReadBudgetPolicy} in a pipeline.
 *
 * @public
 */
export const armReadBudgetPolicyName = 'azureMlArmReadBudgetPolicy';

const REMAINING_READS = 'x-ms-ratelimit-remaining-subscription-reads';
const SUBSCRIPTION = /\/subscriptions\/([0-9a-f-]{36})(?:[/?]|$)/i;

/** An `AbortError`, which the pipeline's retry policy does not retry. */
function abortError(): Error {
  const error = new Error(
    "The request was aborted while it waited for ARM's read budget",
  );
  error.name = 'AbortError';
  return error;
}

function wait(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort);
  });
}

/**
 * Keeps the reads of ARM clients inside ARM's per-subscription read budget:
 * every answer's `x-ms-ratelimit-remaining-subscription-reads` goes into
 * `budget` under the subscription of the request URL, and each read (`GET`
 * or `HEAD`) of a subscription whose remaining reads are below the budget's
 * threshold first waits for its slot, so reads leave no faster than ARM
 * refills the budget. Requests without a subscription in their path, and
 * writes, pass unpaced.
 *
 * @remarks
 *
 * Add it per retry, before the per-try timeout (as
 * {@link azureHttpPolicies} does when given a `readBudget`): every try is a
 * read, and the wait does not count against the try's timeout. An abort
 * while waiting rejects with an `AbortError`.
 *
 * @public
 */
export function armReadBudgetPolicy(budget: ArmReadBudget): PipelinePolicy {
  return {
    name: armReadBudgetPolicyName,
    async sendRequest(request, next) {
      const subscriptionId = SUBSCRIPTION.exec(
        new URL(request.url).pathname,
      )?.[1];
      if (!subscriptionId) return next(request);
      if (request.method === 'GET' || request.method === 'HEAD') {
        const waitMs = budget.reserve(subscriptionId);
        if (waitMs > 0) await wait(waitMs, request.abortSignal);
      }
      const response = await next(request);
      const remaining = Number(response.headers.get(REMAINING_READS));
      if (response.headers.has(REMAINING_READS) && Number.isFinite(remaining)) {
        budget.observe(subscriptionId, remaining);
      }
      return response;
    },
  };
}
