/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  Router,
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { EntraError, entraErrorBody } from './EntraError';
import { resolveTenantSegment, type TenantSegment } from './tenants';
import { v1Issuer, v2Issuer } from './entraUrls';
import { asyncRoute } from './asyncRoute';
import { USERINFO_PATH } from '../graph/createUserInfoRouter';

const CLAIMS_SUPPORTED = [
  'sub',
  'iss',
  'aud',
  'exp',
  'iat',
  'nbf',
  'auth_time',
  'nonce',
  'name',
  'preferred_username',
  'email',
  'oid',
  'tid',
  'ver',
  'c_hash',
  'at_hash',
];

/** The path segment Entra writes into endpoints: a tenant id, or the alias. */
function pathTenant(segment: TenantSegment): string {
  return segment.kind === 'tenant' ? segment.tenant.id : segment.kind;
}

/** The issuer Entra advertises; `{tenantid}` stays a placeholder for aliases. */
function issuerTenant(segment: TenantSegment): string {
  return segment.kind === 'tenant' ? segment.tenant.id : '{tenantid}';
}

/** The v2.0 OpenID Provider Configuration, with browser pages on http. */
export function v2OpenIdConfiguration(
  ctx: EmulatorContext,
  segment: TenantSegment,
) {
  const api = `${ctx.urls.https}/${pathTenant(segment)}`;
  const pages = `${ctx.urls.http}/${pathTenant(segment)}`;
  return {
    token_endpoint: `${api}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
    ],
    jwks_uri: `${api}/discovery/v2.0/keys`,
    // Entra serves UserInfo on Graph's host; the emulator is both.
    userinfo_endpoint: `${ctx.urls.https}${USERINFO_PATH}`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: v2Issuer(ctx, issuerTenant(segment)),
    request_uri_parameter_supported: false,
    authorization_endpoint: `${pages}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${pages}/oauth2/v2.0/logout`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    code_challenge_methods_supported: ['S256', 'plain'],
    claims_supported: CLAIMS_SUPPORTED,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  };
}

/** The v1.0 configuration (`/{tenant}/.well-known/openid-configuration`). */
export function v1OpenIdConfiguration(
  ctx: EmulatorContext,
  segment: TenantSegment,
) {
  const api = `${ctx.urls.https}/${pathTenant(segment)}`;
  const pages = `${ctx.urls.http}/${pathTenant(segment)}`;
  return {
    token_endpoint: `${api}/oauth2/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
    ],
    jwks_uri: `${api}/discovery/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code'],
    scopes_supported: ['openid'],
    issuer: v1Issuer(issuerTenant(segment)),
    microsoft_multi_refresh_token: true,
    authorization_endpoint: `${pages}/oauth2/authorize`,
    end_session_endpoint: `${pages}/oauth2/logout`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    claims_supported: CLAIMS_SUPPORTED,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  };
}

/** MSAL's instance discovery answer: the emulator is its own single cloud. */
function instanceDiscovery(
  ctx: EmulatorContext,
  authorizationEndpoint: string,
) {
  const host = new URL(ctx.urls.https).host;
  const tenant =
    /^https?:\/\/[^/]+\/([^/]+)\//.exec(authorizationEndpoint)?.[1] ?? 'common';
  return {
    tenant_discovery_endpoint: `${ctx.urls.https}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      { preferred_network: host, preferred_cache: host, aliases: [host] },
    ],
  };
}

/**
 * OpenID Connect discovery (v1 and v2), the signing keys, and MSAL's
 * instance discovery, for every tenant and the `common` aliases.
 */
export function createDiscoveryRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const segmentOf = (req: Request) =>
    resolveTenantSegment(ctx, req.params.tenant, 'invalid_tenant');

  router.get('/common/discovery/instance', (req, res) => {
    res.json(
      instanceDiscovery(ctx, String(req.query.authorization_endpoint ?? '')),
    );
  });
  router.get('/:tenant/v2.0/.well-known/openid-configuration', (req, res) => {
    res.json(v2OpenIdConfiguration(ctx, segmentOf(req)));
  });
  router.get('/:tenant/.well-known/openid-configuration', (req, res) => {
    res.json(v1OpenIdConfiguration(ctx, segmentOf(req)));
  });
  router.get(
    ['/:tenant/discovery/v2.0/keys', '/:tenant/discovery/keys'],
    asyncRoute(async (req, res) => {
      segmentOf(req);
      res.json(await ctx.issuer.jwks());
    }),
  );
  router.use(
    (error: Error, _req: Request, res: Response, next: NextFunction) => {
      if (!(error instanceof EntraError)) return next(error);
      return res
        .status(error.status)
        .json(entraErrorBody(error, { nowMs: ctx.now() }));
    },
  );
  return router;
}
