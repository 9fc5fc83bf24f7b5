/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ResponseError } from '@backstage/errors';

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  409: 'Conflict',
};

/** The request a {@link responseError} answers. */
export interface FailedRequest {
  method: string;
  url: string;
}

const SOME_REQUEST: FailedRequest = {
  method: 'GET',
  url: '/api/azure-ml/workspaces/x',
};

/**
 * A `ResponseError` as the frontend client throws it when the backend
 * answers `request` with `status` and the error `name` and `message`.
 */
export async function responseError(
  status: number,
  name: string,
  message: string,
  request: FailedRequest = SOME_REQUEST,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request,
        response: { statusCode: status },
      }),
      {
        status,
        statusText: STATUS_TEXTS[status] ?? 'Error',
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}

/**
 * A 403 as the backend answers it, with its message naming the missing
 * Backstage permission or Azure action and scope.
 */
export function forbiddenError(
  message: string,
  request?: FailedRequest,
): Promise<ResponseError> {
  return responseError(403, 'NotAllowedError', message, request);
}
