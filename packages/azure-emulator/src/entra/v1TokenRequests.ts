/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { TokenRequestParams } from './clientAuthentication';
import type { TokenResponseBody } from './grants/issueDelegatedTokens';
import { DEFAULT_SCOPE } from './requestedScopes';

/**
 * The v1.0 endpoint (`/oauth2/token`) names a `resource` instead of scopes;
 * it is the v2.0 request for `{resource}/.default`.
 */
export function v1ToV2Params<T extends TokenRequestParams>(params: T): T {
  if (!params.resource) return params;
  const oidc = (params.scope ?? '')
    .split(/\s+/)
    .filter(s => ['openid', 'offline_access'].includes(s));
  return {
    ...params,
    scope: [`${params.resource}/${DEFAULT_SCOPE}`, ...oidc].join(' '),
  };
}

/** v1.0 answers add `resource`, `expires_on` and `not_before` (as strings). */
export function v2ToV1Response(
  body: TokenResponseBody,
  params: TokenRequestParams,
  nowSeconds: number,
): TokenResponseBody {
  const expiresIn = Number(body.expires_in);
  return {
    ...body,
    expires_in: String(expiresIn),
    ext_expires_in: String(body.ext_expires_in),
    expires_on: String(nowSeconds + expiresIn),
    not_before: String(nowSeconds),
    ...(params.resource ? { resource: params.resource } : {}),
  };
}
