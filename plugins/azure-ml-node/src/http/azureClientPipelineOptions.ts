/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { InputError } from '@backstage/errors';
import type { ArmReadBudget } from './ArmReadBudget';
import { armReadBudgetPolicy } from './armReadBudgetPolicy';
import { clientRequestIdPolicy } from './clientRequestIdPolicy';
import { retryAfterBudgetPolicy } from './retryAfterBudgetPolicy';
import { tryTimeoutPolicy } from './tryTimeoutPolicy';

/**
 * How patient Azure clients of this package are.
 *
 * @public
 */
export type AzureHttpResilienceOptions = {
  /**
   * Retries of one request, at most (throttled or failed tries).
   * @defaultValue 3
   */
  maxRetries?: number;
  /**
   * The total time one request may wait for Azure's `Retry-After`s, in ms; a
   * longer wait fails at once with an `AzureRetryableError`.
   * @defaultValue 10000
   */
  maxRetryWaitMs?: number;
  /**
   * The longest one try may take, in ms.
   * @defaultValue 30000
   */
  timeoutMs?: number;
  /**
   * The first backoff before retrying a server error without
   * `Retry-After`, in ms; it doubles per retry (with jitter).
   * @defaultValue 500
   */
  retryDelayMs?: number;
  /**
   * The longest backoff between two tries after a server error, in ms.
   * @defaultValue 4000
   */
  maxRetryDelayMs?: number;
  /**
   * ARM's read budget of this client's principal, shared by all its
   * clients: reads of a subscription low on budget are paced to ARM's
   * refill rate (see {@link armReadBudgetPolicy}). Unpaced when left out.
   */
  readBudget?: ArmReadBudget;
};

/**
 * A policy and where it goes, as `@azure/core-client` service clients take
 * them in their `additionalPolicies` option: `perCall` policies run once per
 * operation, outside the retry policy; `perRetry` policies run on every try,
 * after the token is set.
 *
 * @public
 */
export type AzureAdditionalPolicy = {
  policy: PipelinePolicy;
  position: 'perCall' | 'perRetry';
};

/**
 * The client options {@link azureClientPipelineOptions} returns, a subset of
 * `@azure/core-client`'s `ServiceClientOptions`.
 *
 * @public
 */
export type AzureClientPipelineOptions = {
  /** Options of the pipeline's own retry policy (`defaultRetryPolicy`). */
  retryOptions: {
    maxRetries: number;
    retryDelayInMs: number;
    maxRetryDelayInMs: number;
  };
  /** This package's policies, in their positions. */
  additionalPolicies: AzureAdditionalPolicy[];
};

/** The defaults of {@link AzureHttpResilienceOptions}, filled in. */
export function resolveResilienceOptions(
  options: AzureHttpResilienceOptions = {},
): Required<Omit<AzureHttpResilienceOptions, 'readBudget'>> {
  const resolved = {
    maxRetries: options.maxRetries ?? 3,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 10_000,
    timeoutMs: options.timeoutMs ?? 30_000,
    retryDelayMs: options.retryDelayMs ?? 500,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 4_000,
  };
  for (const [key, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new InputError(
        `Azure HTTP option ${key} must be a number of 0 or more, got ${value}`,
      );
    }
  }
  if (resolved.timeoutMs === 0) {
    throw new InputError('Azure HTTP option timeoutMs must be more than 0');
  }
  return resolved;
}

/**
 * The policies of this package for one client, in their positions:
 * `x-ms-client-request-id` per call; the ARM read budget's pace (with a
 * `readBudget`), the `Retry-After` budget and the per-try timeout per retry.
 *
 * @public
 */
export function azureHttpPolicies(
  options: AzureHttpResilienceOptions = {},
): AzureAdditionalPolicy[] {
  const { maxRetries, maxRetryWaitMs, timeoutMs } =
    resolveResilienceOptions(options);
  return [
    { policy: clientRequestIdPolicy(), position: 'perCall' },
    ...(options.readBudget
      ? [
          {
            policy: armReadBudgetPolicy(options.readBudget),
            position: 'perRetry' as const,
          },
        ]
      : []),
    {
      policy: retryAfterBudgetPolicy({ maxRetries, maxRetryWaitMs }),
      position: 'perRetry',
    },
    { policy: tryTimeoutPolicy({ timeoutMs }), position: 'perRetry' },
  ];
}

/**
 * Options for an `@azure/arm-*` client (any `@azure/core-client` service
 * client) that make its calls bounded: throttled calls retried while the
 * total `Retry-After` wait stays under `maxRetryWaitMs` and fail at once with
 * an `AzureRetryableError` otherwise, each try aborted after `timeoutMs`, and
 * `x-ms-client-request-id` on every request. With a `readBudget` (one
 * {@link ArmReadBudget} per principal and process), reads of a subscription
 * whose ARM read budget runs low are paced so they never reach a 429.
 *
 * @remarks
 *
 * The SDK's own `defaultRetryPolicy` stays in place and does the waiting: its
 * throttling strategy sleeps for the full `Retry-After` however long it is
 * (three times 120 s for an ARM budget throttle), so the budget policy sits
 * per retry, in front of it, and throws before it can sleep too long. Its
 * `retryOptions` get the same `maxRetries` and a short exponential backoff
 * for server errors (500 ms doubling to 4 s by default).
 *
 * @example
 * ```ts
 * new AzureMachineLearningWorkspaces(credential, subscriptionId, {
 *   endpoint, apiVersion: '2024-10-01', ...azureClientPipelineOptions(),
 * });
 * ```
 * @public
 */
export function azureClientPipelineOptions(
  options: AzureHttpResilienceOptions = {},
): AzureClientPipelineOptions {
  const resolved = resolveResilienceOptions(options);
  return {
    retryOptions: {
      maxRetries: resolved.maxRetries,
      retryDelayInMs: resolved.retryDelayMs,
      maxRetryDelayInMs: resolved.maxRetryDelayMs,
    },
    additionalPolicies: azureHttpPolicies({
      ...resolved,
      readBudget: options.readBudget,
    }),
  };
}
