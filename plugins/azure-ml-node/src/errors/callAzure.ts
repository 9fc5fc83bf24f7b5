/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { toBackstageAzureError } from './toBackstageAzureError';

/**
 * Runs one Azure SDK call and turns its failure into a `@backstage/errors`
 * error. A 401 from Azure means the cached ARM token is no longer accepted:
 * it is dropped and the call is tried once more with a fresh exchange.
 *
 * @param credential - The credential the call uses, to renew after a 401.
 * @param what - The operation, for messages, e.g. `List jobs of workspace mlw-vision`.
 * @param fn - The call.
 * @public
 */
export async function callAzure<T>(
  credential: { invalidateToken(): void },
  what: string,
  fn: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const mapped = toBackstageAzureError(error, what);
      if (mapped.name !== 'AuthenticationError') throw mapped;
      credential.invalidateToken();
      if (attempt >= 2) throw mapped;
    }
  }
}
