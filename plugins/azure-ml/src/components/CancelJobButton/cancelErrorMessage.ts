/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ResponseError } from '@backstage/errors';

/**
 * Why a cancel request failed, in the backend's words when it sent some: a
 * 403 names the Backstage permission or the Azure action and scope that is
 * missing, and a 409 says the job can no longer be cancelled.
 *
 * @internal
 */
export function cancelErrorMessage(error: Error): string {
  if (error instanceof ResponseError) {
    const message = error.body?.error?.message;
    return message
      ? `${message} (HTTP ${error.statusCode})`
      : `${error.message}.`;
  }
  return error.message;
}
