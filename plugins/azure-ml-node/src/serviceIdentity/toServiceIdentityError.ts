/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AuthenticationError,
  NotAllowedError,
  ServiceUnavailableError,
} from '@backstage/errors';

/** AADSTS codes that mean the identity may not have what it asked for. */
const NOT_ALLOWED_CODES = new Set([
  65001, // consent missing
  50020, // no account in the tenant
  50105, // not assigned to the app
  53003, // blocked by conditional access
  700016, // app not found in the tenant
]);

/**
 * Turns a failure to get a service identity token into a `@backstage/errors`
 * error that says which identity failed, and keeps Entra's AADSTS code, its
 * message and the correlation id to quote to support. The original error is
 * not passed as `cause`, since that would repeat it in the message.
 *
 * @internal
 */
export function toServiceIdentityError(
  error: unknown,
  context: { source: string; mode: string; tenantId: string; scope: string },
): Error {
  const message = (error as Error)?.message ?? String(error);
  const prefix = `Service identity ${context.source} (mode '${context.mode}') could not get a token for scope ${context.scope} in tenant ${context.tenantId}`;
  const entra = /AADSTS(\d+): [^\r\n]*?(?=; caused by|\r|\n|$)/.exec(message);
  if (!entra) {
    return new ServiceUnavailableError(`${prefix}: ${message}`);
  }
  const correlation = /Correlation ID: ([0-9a-f-]+)/i.exec(message);
  const text = `${prefix}: ${entra[0]}${
    correlation ? ` (correlation id ${correlation[1]})` : ''
  }`;
  return NOT_ALLOWED_CODES.has(Number(entra[1]))
    ? new NotAllowedError(text)
    : new AuthenticationError(text);
}
