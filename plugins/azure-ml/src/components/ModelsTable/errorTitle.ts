/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ResponseError } from '@backstage/errors';

/**
 * The title of an error panel: for a 403, the backend's own message, which
 * names the missing Azure action and scope or the Backstage permission;
 * otherwise none, so the panel shows its default.
 *
 * @internal
 */
export function errorTitle(error: Error): string | undefined {
  if (error instanceof ResponseError && error.statusCode === 403) {
    return error.body.error.message;
  }
  return undefined;
}
