/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import express, { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { EntraError, entraErrorBody } from './EntraError';
import { missingParameter, unsupportedGrantType } from './entraErrors';
import type { TokenRequestParams } from './clientAuthentication';
import { entraNowSeconds } from './entraClock';
import { resolveTenantSegment, type TenantSegment } from './tenants';
import { asyncRoute } from './asyncRoute';
import { firstValues } from './requestParams';
import { authorizationCodeGrant } from './grants/authorizationCodeGrant';
import { clientCredentialsGrant } from './grants/clientCredentialsGrant';
import {
  JWT_BEARER_GRANT_TYPE,
  onBehalfOfGrant,
} from './grants/onBehalfOfGrant';
import { refreshTokenGrant } from './grants/refreshTokenGrant';
import type { TokenResponseBody } from './grants/issueDelegatedTokens';
import { v1ToV2Params, v2ToV1Response } from './v1TokenRequests';

type Grant = (
  ctx: EmulatorContext,
  params: TokenRequestParams,
  segment: TenantSegment,
) => Promise<TokenResponseBody>;

const GRANTS: Record<string, Grant> = {
  client_credentials: clientCredentialsGrant,
  authorization_code: authorizationCodeGrant,
  refresh_token: refreshTokenGrant,
  [JWT_BEARER_GRANT_TYPE]: onBehalfOfGrant,
};

async function redeemGrant(
  ctx: EmulatorContext,
  params: TokenRequestParams,
  tenantSegment: string,
): Promise<TokenResponseBody> {
  const segment = resolveTenantSegment(ctx, tenantSegment);
  if (!params.grant_type) throw missingParameter('grant_type');
  if (!Object.hasOwn(GRANTS, params.grant_type)) {
    throw unsupportedGrantType(params.grant_type);
  }
  const body = await GRANTS[params.grant_type](ctx, params, segment);
  countGrant(ctx, params);
  return body;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access']);

/** Counts tokens issued by grant type and requested resource scope, for tests. */
function countGrant(ctx: EmulatorContext, params: TokenRequestParams): void {
  const scope = String(params.scope ?? params.resource ?? '')
    .split(' ')
    .filter(s => s && !OIDC_SCOPES.has(s))
    .join(' ');
  const key = `${params.grant_type} ${scope}`;
  ctx.tokenGrants.set(key, (ctx.tokenGrants.get(key) ?? 0) + 1);
}

/**
 * Answers a token request, or its failure in Entra's error JSON. The
 * correlation id is the client's `client-request-id`, as Entra echoes it.
 */
async function answerTokenRequest(
  ctx: EmulatorContext,
  req: Request,
  res: Response,
  version: 'v1' | 'v2',
) {
  res.setHeader('Cache-Control', 'no-store, no-cache');
  res.setHeader('Pragma', 'no-cache');
  const received: TokenRequestParams = firstValues(req.body);
  const params = version === 'v1' ? v1ToV2Params(received) : received;
  try {
    const body = await redeemGrant(ctx, params, req.params.tenant);
    res.json(
      version === 'v1'
        ? v2ToV1Response(body, received, entraNowSeconds(ctx))
        : body,
    );
  } catch (error) {
    if (!(error instanceof EntraError)) throw error;
    const correlationId =
      params['client-request-id'] ?? req.header('client-request-id');
    res
      .status(error.status)
      .json(entraErrorBody(error, { correlationId, nowMs: ctx.now() }));
  }
}

/** `POST /{tenant}/oauth2/v2.0/token` and its v1.0 form `/oauth2/token`. */
export function createTokenEndpointRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '1mb' });
  router.post(
    '/:tenant/oauth2/v2.0/token',
    form,
    asyncRoute((req, res) => answerTokenRequest(ctx, req, res, 'v2')),
  );
  router.post(
    '/:tenant/oauth2/token',
    form,
    asyncRoute((req, res) => answerTokenRequest(ctx, req, res, 'v1')),
  );
  return router;
}
