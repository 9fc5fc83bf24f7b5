/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ResponseError } from '@backstage/errors';

/**
 * For a 403, the backend's own message, which names the missing Backstage
 * permission or Azure action and scope; to use as the error panel's title.
 *
 * @internal
 */
export function forbiddenMessage(error: Error): string | undefined {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return error.body.error.message;
  }
  return undefined;
}
