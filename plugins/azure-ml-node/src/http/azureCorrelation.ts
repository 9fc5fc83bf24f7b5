/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { HttpHeaders } from '@azure/core-rest-pipeline';

/**
 * The ids Azure and the client put on one request, which Azure support asks
 * for: the client's `x-ms-client-request-id`, Azure's
 * `x-ms-correlation-request-id` and `x-ms-request-id`.
 *
 * @public
 */
export type AzureCorrelation = {
  /** `x-ms-client-request-id`: the id this client sent (a UUID). */
  clientRequestId?: string;
  /** `x-ms-correlation-request-id`: Azure's id of the whole operation. */
  correlationRequestId?: string;
  /** `x-ms-request-id`: the id of the one request Azure answered. */
  requestId?: string;
};

/**
 * A result of an Azure call together with the correlation ids of the (last)
 * request behind it.
 *
 * @public
 */
export type AzureResult = { correlation: AzureCorrelation };

const CORRELATION = Symbol.for('azure-ml-backstage.azureCorrelation');

type HeadersLike = Pick<HttpHeaders, 'get'>;

function hasHeaders(value: unknown): value is { headers: HeadersLike } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { headers?: HeadersLike }).headers?.get === 'function'
  );
}

function fromHeaders(
  headers: HeadersLike,
  requestHeaders?: HeadersLike,
): AzureCorrelation {
  const correlation: AzureCorrelation = {
    clientRequestId:
      headers.get('x-ms-client-request-id') ??
      requestHeaders?.get('x-ms-client-request-id'),
    correlationRequestId: headers.get('x-ms-correlation-request-id'),
    requestId: headers.get('x-ms-request-id'),
  };
  return Object.fromEntries(
    Object.entries(correlation).filter(([, v]) => v !== undefined),
  ) as AzureCorrelation;
}

/**
 * Reads the {@link AzureCorrelation} of an Azure answer: a response of
 * `@azure/core-rest-pipeline` (for SDK calls, the `rawResponse` an
 * operation's `onResponse` callback gets), a `RestError` the SDK threw, or an
 * error this package threw (which carries it, see {@link withAzureCorrelation}).
 * Returns an empty object when there is nothing to read.
 *
 * @public
 */
export function azureCorrelationOf(source: unknown): AzureCorrelation {
  if (typeof source !== 'object' || source === null) return {};
  const carried = (source as { [CORRELATION]?: AzureCorrelation })[CORRELATION];
  if (carried) return carried;
  if (hasHeaders(source)) {
    const request = (source as { request?: unknown }).request;
    return fromHeaders(
      source.headers,
      hasHeaders(request) ? request.headers : undefined,
    );
  }
  const response = (source as { response?: unknown }).response;
  if (hasHeaders(response)) return azureCorrelationOf(response);
  return {};
}

/**
 * Attaches a correlation to an error, so that {@link azureCorrelationOf}
 * finds it on the error later, and returns the error.
 *
 * @public
 */
export function withAzureCorrelation<E extends Error>(
  error: E,
  correlation: AzureCorrelation,
): E {
  Object.defineProperty(error, CORRELATION, {
    value: correlation,
    enumerable: false,
  });
  return error;
}

/**
 * The correlation as a sentence for an error message, e.g.
 * ` (correlation id 1f0c…, request id 9a2e…)`; empty when Azure sent none.
 *
 * @public
 */
export function describeAzureCorrelation(
  correlation: AzureCorrelation,
): string {
  const parts = [
    correlation.correlationRequestId &&
      `correlation id ${correlation.correlationRequestId}`,
    correlation.requestId && `request id ${correlation.requestId}`,
    !correlation.correlationRequestId &&
      correlation.clientRequestId &&
      `client request id ${correlation.clientRequestId}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
