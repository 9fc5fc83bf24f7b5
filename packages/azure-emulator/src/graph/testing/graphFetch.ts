/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../../index';

/** A Graph answer, parsed. */
export type GraphAnswer = {
  status: number;
  body: any;
  headers: Headers;
};

/** GETs a Graph path (below `/v1.0`, or an absolute nextLink) with a token. */
export async function graphGet(
  emulator: RunningEmulator,
  pathOrUrl: string,
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<GraphAnswer> {
  const url = pathOrUrl.startsWith('https://')
    ? pathOrUrl
    : `${emulator.urls.https}/v1.0${pathOrUrl}`;
  const response = await fetch(url, {
    headers: {
      ...headers,
      ...(token && { authorization: `Bearer ${token}` }),
    },
  });
  return {
    status: response.status,
    body: await response.json(),
    headers: response.headers,
  };
}

/** Graph's error body, with `innerError` checked for shape only. */
export function graphError(code: string, message: string) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
        'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
        'client-request-id': expect.any(String),
      },
    },
  };
}
