/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { PipelineResponse } from '@azure/core-rest-pipeline';
import {
  AuthenticationError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AzureRetryableError,
  azureCorrelationOf,
  describeAzureCorrelation,
  readAzureErrorBody,
  retryAfterMs,
  withAzureCorrelation,
} from '../http';

/**
 * The `@backstage/errors` error for an MLflow error answer, with MLflow's
 * error code, its message and the correlation ids, and advice a user can act
 * on.
 *
 * @param response - The answer, not 2xx.
 * @param what - The operation, e.g. `Reading run 'sharp_lamp_1' of workspace 'mlw-vision'`.
 */
export function mlflowErrorOf(response: PipelineResponse, what: string): Error {
  const { code, message } = readAzureErrorBody(response.bodyAsText);
  const correlation = azureCorrelationOf(response);
  const host = new URL(response.request.url).host;
  const said = `MLflow answered ${response.status}${code ? ` ${code}` : ''}${
    message ? `: ${message.replace(/\.$/, '')}` : ''
  }`;
  const full = (advice: string) =>
    `${what} failed. ${said}.${
      advice ? ` ${advice}` : ''
    }${describeAzureCorrelation(correlation)}`;
  const status = response.status;
  let error: Error;
  if (code === 'RESOURCE_DOES_NOT_EXIST' || status === 404) {
    error = new NotFoundError(
      full('Check the name, and that the job still exists in this workspace.'),
    );
  } else if (code === 'UNAUTHENTICATED' || status === 401) {
    error = new AuthenticationError(
      full(
        "Sign in again; if it persists, the token is not for Azure ML or not from the workspace's tenant.",
      ),
    );
  } else if (code === 'PERMISSION_DENIED' || status === 403) {
    error = new NotAllowedError(
      full(
        'Ask an owner of the workspace for a role that can read its experiments and runs, such as Reader or AzureML Data Scientist.',
      ),
    );
  } else if (code === 'INVALID_PARAMETER_VALUE' || status === 400) {
    error = new InputError(full(''));
  } else if (status === 429 || status >= 500 || status === 408) {
    const waitMs = retryAfterMs(response.headers);
    return new AzureRetryableError(
      `${what} failed. ${said}; it can be retried ${
        waitMs === undefined ? 'later' : `after ${waitMs / 1000} s`
      }`,
      {
        reason: status === 429 ? 'throttled' : 'unavailable',
        host,
        azureStatusCode: status,
        azureErrorCode: code,
        retryAfterMs: waitMs,
        correlation,
      },
    );
  } else {
    error = new Error(full(''));
  }
  return withAzureCorrelation(error, correlation);
}
