/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { RestError } from '@azure/core-rest-pipeline';
import { AuthenticationError, NotAllowedError } from '@backstage/errors';
import { callAzure } from './callAzure';

function armError(statusCode: number, code: string): RestError {
  return new RestError(`${code} from ARM.`, { statusCode, code });
}

describe('callAzure', () => {
  it('drops the token after a 401 and succeeds on the one retry', async () => {
    let invalidated = 0;
    let calls = 0;
    const result = await callAzure(
      { invalidateToken: () => invalidated++ },
      'List jobs',
      async () => {
        calls++;
        if (calls === 1) throw armError(401, 'ExpiredAuthenticationFailed');
        return 'jobs';
      },
    );
    expect([result, calls, invalidated]).toEqual(['jobs', 2, 1]);
  });

  it('gives up after the second 401, with Azure’s code', async () => {
    let invalidated = 0;
    let calls = 0;
    const error = await callAzure(
      { invalidateToken: () => invalidated++ },
      'List jobs',
      async () => {
        calls++;
        throw armError(401, 'InvalidAuthenticationToken');
      },
    ).catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      'List jobs failed: Azure answered 401: InvalidAuthenticationToken from ARM. (InvalidAuthenticationToken)',
    );
    expect([calls, invalidated]).toEqual([2, 2]);
  });

  it('does not retry other failures', async () => {
    let calls = 0;
    const error = await callAzure(
      {
        invalidateToken: () => {
          throw new Error('must not renew');
        },
      },
      'Cancel job j',
      async () => {
        calls++;
        throw armError(403, 'AuthorizationFailed');
      },
    ).catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(calls).toBe(1);
  });
});
