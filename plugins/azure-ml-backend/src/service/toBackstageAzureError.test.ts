/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AuthenticationError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { toBackstageAzureError } from './toBackstageAzureError';

function restError(statusCode: number, code: string, message: string) {
  return Object.assign(new Error(message), {
    name: 'RestError',
    statusCode,
    code,
    response: {
      headers: {
        get: (name: string) =>
          name === 'x-ms-correlation-request-id'
            ? 'c0ffee00-0000-4000-8000-000000000000'
            : undefined,
      },
    },
  });
}

describe('toBackstageAzureError', () => {
  it("turns Azure's AuthorizationFailed into a NotAllowedError naming action and scope", () => {
    const error = toBackstageAzureError(
      restError(
        403,
        'AuthorizationFailed',
        "The client 'Dave' with object id 'x' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action' over scope '/subscriptions/s/jobs/j' or the scope is invalid. If access was recently granted, please refresh your credentials.",
      ),
      'Cancel job j',
    );
    expect(error).toEqual(
      new NotAllowedError(
        "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action' on scope '/subscriptions/s/jobs/j': Cancel job j needs a role assignment that grants this action; ask an owner of the scope for access (AuthorizationFailed, correlation id c0ffee00-0000-4000-8000-000000000000)",
      ),
    );
  });

  it.each([
    [401, AuthenticationError],
    [404, NotFoundError],
    [429, ServiceUnavailableError],
    [500, ServiceUnavailableError],
  ])('maps HTTP %p, keeping code and correlation id', (status, type) => {
    const error = toBackstageAzureError(
      restError(status, 'SomeCode', 'Something happened.'),
      'Read job j',
    );
    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(
      `Read job j failed: Azure answered ${status}: Something happened. (SomeCode, correlation id c0ffee00-0000-4000-8000-000000000000)`,
    );
  });

  it('passes Backstage errors from the token exchange through', () => {
    const original = new NotAllowedError('AADSTS65001: consent missing');
    expect(toBackstageAzureError(original, 'List jobs')).toBe(original);
  });
});
