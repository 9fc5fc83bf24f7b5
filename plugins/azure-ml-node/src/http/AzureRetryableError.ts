/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ServiceUnavailableError } from '@backstage/errors';
import {
  describeAzureCorrelation,
  withAzureCorrelation,
  type AzureCorrelation,
} from './azureCorrelation';

/**
 * Why an Azure call failed in a way that trying again later can fix.
 *
 * @public
 */
export type AzureRetryableReason =
  /** Azure answered 429 (or 503 with `Retry-After`) and asked to wait longer than the client waits, or kept throttling. */
  | 'throttled'
  /** Azure answered a server error (500, 502, 503, 504, 408) on every try. */
  | 'unavailable'
  /** One try got no answer within the per-try timeout. */
  | 'timeout';

/**
 * What an {@link AzureRetryableError} knows about the failed call.
 *
 * @public
 */
export type AzureRetryableErrorDetails = {
  reason: AzureRetryableReason;
  /** The host the request went to, e.g. `management.azure.com`. */
  host: string;
  /**
   * Azure's HTTP status, when it answered. Not named `statusCode`, which
   * Backstage's error middleware would answer with instead of 503.
   */
  azureStatusCode?: number;
  /** Azure's error code, e.g. `SubscriptionRequestsThrottled`, when it sent one. */
  azureErrorCode?: string;
  /** How long Azure asked to wait before the next try, in ms, when it said. */
  retryAfterMs?: number;
  /** The ids of the request, for Azure support. */
  correlation: AzureCorrelation;
};

/**
 * An Azure call that failed now but may succeed when tried again later:
 * throttled beyond the client's wait budget, unavailable after its retries,
 * or timed out. It is a `ServiceUnavailableError` (its `name` stays
 * `ServiceUnavailableError`, so Backstage's error middleware answers 503),
 * and it keeps Azure's status, error code, `Retry-After` and correlation ids.
 *
 * @public
 */
export class AzureRetryableError extends ServiceUnavailableError {
  /** Always true: trying again later may succeed. */
  readonly retryable = true as const;
  readonly reason: AzureRetryableReason;
  readonly host: string;
  readonly azureStatusCode?: number;
  readonly azureErrorCode?: string;
  readonly retryAfterMs?: number;
  readonly correlation: AzureCorrelation;

  /**
   * @param message - What happened and when to try again; the correlation
   *   ids are appended.
   * @param details - The facts of the failed call.
   */
  constructor(message: string, details: AzureRetryableErrorDetails) {
    super(`${message}${describeAzureCorrelation(details.correlation)}`);
    this.reason = details.reason;
    this.host = details.host;
    this.azureStatusCode = details.azureStatusCode;
    this.azureErrorCode = details.azureErrorCode;
    this.retryAfterMs = details.retryAfterMs;
    this.correlation = details.correlation;
    withAzureCorrelation(this, details.correlation);
  }
}
