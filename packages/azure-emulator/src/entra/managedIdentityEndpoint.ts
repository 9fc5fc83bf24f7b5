/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { ManagedIdentity } from '../state/model';
import { EntraError } from './EntraError';
import { MANAGED_IDENTITY_PATH } from './entraUrls';
import { DEFAULT_SCOPE, parseScopeRequest } from './requestedScopes';
import { asyncRoute } from './asyncRoute';
import { firstValues } from './requestParams';
import {
  issueAppAccessToken,
  managedIdentityPrincipal,
} from './grants/issueAppAccessToken';

/**
 * The secret `IDENTITY_HEADER` of the emulated App Service: requests must
 * send it as `X-IDENTITY-HEADER`.
 */
export const MANAGED_IDENTITY_HEADER = 'azure-emulator-identity-header';

/** The identity used when a request names none (no system-assigned one exists). */
export const DEFAULT_MANAGED_IDENTITY_NAME = 'backstage-portal-mi';

/** The only api-version of the App Service endpoint MSAL speaks. */
export const MANAGED_IDENTITY_API_VERSION = '2019-08-01';

/** App Service answers errors as `{ statusCode, message, correlationId }`. */
class IdentityEndpointError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

function sendIdentityError(res: Response, error: IdentityEndpointError) {
  res.status(error.statusCode).json({
    statusCode: error.statusCode,
    message: error.message,
    correlationId: res.getHeader('x-ms-correlation-request-id'),
  });
}

/** Picks the identity by `client_id`, `mi_res_id` or `object_id`. */
function selectIdentity(
  ctx: EmulatorContext,
  query: Record<string, string>,
): ManagedIdentity {
  const identities = [...ctx.state.managedIdentities.values()];
  const selectors: [string, (m: ManagedIdentity) => string][] = [
    ['client_id', m => m.clientId],
    ['mi_res_id', m => m.resourceId.toLowerCase()],
    ['object_id', m => m.principalId],
    ['principal_id', m => m.principalId],
  ];
  for (const [parameter, idOf] of selectors) {
    const wanted = query[parameter];
    if (wanted === undefined) continue;
    const found = identities.find(m => idOf(m) === wanted.toLowerCase());
    if (!found) {
      throw new IdentityEndpointError(
        400,
        `Unable to load the requested managed identity: no user-assigned identity has ${parameter} '${wanted}'.`,
      );
    }
    return found;
  }
  const fallback = identities.find(
    m => m.name === DEFAULT_MANAGED_IDENTITY_NAME,
  );
  if (!fallback) {
    throw new IdentityEndpointError(
      400,
      'No managed identity is assigned to this app.',
    );
  }
  return fallback;
}

function checkRequest(
  header: string | undefined,
  query: Record<string, string>,
) {
  if (header !== MANAGED_IDENTITY_HEADER) {
    throw new IdentityEndpointError(
      401,
      'The X-IDENTITY-HEADER request header is missing or does not match IDENTITY_HEADER.',
    );
  }
  if (query['api-version'] !== MANAGED_IDENTITY_API_VERSION) {
    throw new IdentityEndpointError(
      400,
      `The api-version '${
        query['api-version'] ?? ''
      }' is not supported; use '${MANAGED_IDENTITY_API_VERSION}'.`,
    );
  }
  if (!query.resource) {
    throw new IdentityEndpointError(
      400,
      "The query parameter 'resource' is required.",
    );
  }
}

/**
 * The App Service managed identity endpoint (`IDENTITY_ENDPOINT`), which
 * `ManagedIdentityCredential` calls when `IDENTITY_ENDPOINT` and
 * `IDENTITY_HEADER` are set: a v1 token for `resource` as the identity.
 */
export function createManagedIdentityEndpointRouter(
  ctx: EmulatorContext,
): Router {
  const router = Router();
  router.get(
    MANAGED_IDENTITY_PATH,
    asyncRoute(async (req, res) => {
      const query = firstValues(req.query);
      try {
        checkRequest(req.header('x-identity-header'), query);
        const identity = selectIdentity(ctx, query);
        const tenant = ctx.state.tenants.get(identity.tenantId)!;
        const scope = `${query.resource}/${DEFAULT_SCOPE}`;
        const { resource } = parseScopeRequest(ctx, scope, tenant);
        const { token, expiresOnSeconds } = await issueAppAccessToken(
          ctx,
          managedIdentityPrincipal(identity),
          tenant.id,
          resource,
        );
        res.json({
          access_token: token,
          expires_on: String(expiresOnSeconds),
          resource: query.resource,
          token_type: 'Bearer',
          client_id: identity.clientId,
        });
      } catch (error) {
        if (error instanceof EntraError) {
          sendIdentityError(
            res,
            new IdentityEndpointError(
              400,
              `AADSTS${error.code}: ${error.message}`,
            ),
          );
          return;
        }
        if (!(error instanceof IdentityEndpointError)) throw error;
        sendIdentityError(res, error);
      }
    }),
  );
  return router;
}
