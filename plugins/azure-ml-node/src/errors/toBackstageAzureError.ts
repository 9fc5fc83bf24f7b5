/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureRetryableError } from '../http';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
  isError,
} from '@backstage/errors';

/** The parts of an `@azure/core-rest-pipeline` RestError the mapping reads. */
type AzureRestError = Error & {
  statusCode?: number;
  code?: string;
  response?: { headers: { get(name: string): string | undefined } };
};

const AUTHORIZATION_FAILED = /perform action '([^']+)' over scope '([^']+)'/;

/**
 * Parses Azure's `AuthorizationFailed` message into the RBAC action and the
 * scope it was refused on.
 *
 * @public
 */
export function parseAuthorizationFailed(
  message: string,
): { action: string; scope: string } | undefined {
  const match = AUTHORIZATION_FAILED.exec(message);
  return match ? { action: match[1], scope: match[2] } : undefined;
}

/**
 * Turns an error from an Azure SDK call into a `@backstage/errors` error
 * that keeps Azure's code, the RBAC action and scope of a refusal and the
 * correlation id to quote to support. Errors that are already Backstage
 * errors (from the token exchange) pass through.
 *
 * @param error - What the Azure SDK threw.
 * @param what - The operation, for example `List jobs in workspace mlw-vision`.
 * @public
 */
export function toBackstageAzureError(error: unknown, what: string): Error {
  if (!isError(error)) {
    return new ServiceUnavailableError(`${what} failed: ${String(error)}`);
  }
  const azure = error as AzureRestError;
  if (
    typeof azure.statusCode !== 'number' ||
    error instanceof AzureRetryableError
  ) {
    return error;
  }
  const correlationId = azure.response?.headers.get(
    'x-ms-correlation-request-id',
  );
  const code = azure.code ?? `HTTP ${azure.statusCode}`;
  const suffix = ` (${code}${
    correlationId ? `, correlation id ${correlationId}` : ''
  })`;
  const denial =
    azure.statusCode === 403
      ? parseAuthorizationFailed(azure.message)
      : undefined;
  if (denial) {
    return new NotAllowedError(
      `Azure RBAC denied action '${denial.action}' on scope '${denial.scope}': ${what} needs a role assignment that grants this action; ask an owner of the scope for access${suffix}`,
    );
  }
  const message = `${what} failed: Azure answered ${azure.statusCode}: ${azure.message}${suffix}`;
  switch (azure.statusCode) {
    case 400:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 404:
      return new NotFoundError(message);
    case 409:
      return new ConflictError(message);
    default:
      return new ServiceUnavailableError(message);
  }
}
