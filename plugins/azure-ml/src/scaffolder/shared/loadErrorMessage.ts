/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ResponseError } from '@backstage/errors';

/**
 * Why a load failed, in the backend's own words when it sent some: a 403
 * names the missing Backstage permission or Azure action and scope.
 *
 * @internal
 */
export function loadErrorMessage(error: Error): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message || error.message;
  }
  return error.message;
}
