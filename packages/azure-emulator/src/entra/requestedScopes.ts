/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration, Tenant } from '../state/model';
import { GRAPH_AUDIENCE } from './firstPartyApis';
import { multipleResources, resourceNotFound } from './entraErrors';

export const DEFAULT_SCOPE = '.default';

/** The OpenID Connect scopes, which ask for an ID token and refresh token. */
export type OidcScope = 'openid' | 'profile' | 'email' | 'offline_access';
const OIDC_SCOPES: OidcScope[] = [
  'openid',
  'profile',
  'email',
  'offline_access',
];

/** The API a token is asked for. */
export type ResourceRequest = {
  app: AppRegistration;
  /** The resource as the client wrote it; v1 tokens carry it as `aud`. */
  identifier: string;
  /** Permission names after the resource: `.default` or scope values. */
  names: string[];
};

/** A parsed `scope` parameter. */
export type ScopeRequest = {
  resource: ResourceRequest;
  oidc: Set<OidcScope>;
  isDefault: boolean;
};

/** Splits `{resource}/{name}` at the last slash; a bare name is Graph's. */
function splitScope(scope: string): { identifier: string; name: string } {
  const slash = scope.lastIndexOf('/');
  if (slash < 0) return { identifier: GRAPH_AUDIENCE, name: scope };
  return { identifier: scope.slice(0, slash), name: scope.slice(slash + 1) };
}

/** Finds the resource app of an identifier URI or app id (AADSTS500011 if none). */
export function resolveResource(
  ctx: EmulatorContext,
  identifier: string,
  tenant: Tenant,
): AppRegistration {
  const app = ctx.state.appByAudience(identifier);
  if (!app) throw resourceNotFound(identifier, tenant);
  return app;
}

/**
 * Reads a v2 `scope` parameter: one resource's permissions (e.g.
 * `https://management.azure.com//.default` or
 * `api://{appId}/access_as_user`) plus OpenID Connect scopes. Only OIDC
 * scopes mean a Graph token, as Entra issues.
 */
export function parseScopeRequest(
  ctx: EmulatorContext,
  scope: string,
  tenant: Tenant,
): ScopeRequest {
  const oidc = new Set<OidcScope>();
  const permissions: { identifier: string; name: string }[] = [];
  for (const item of scope.split(/\s+/).filter(Boolean)) {
    const lower = item.toLowerCase() as OidcScope;
    if (OIDC_SCOPES.includes(lower)) oidc.add(lower);
    else permissions.push(splitScope(item));
  }
  if (permissions.length === 0) {
    const graph = resolveResource(ctx, GRAPH_AUDIENCE, tenant);
    return {
      resource: { app: graph, identifier: GRAPH_AUDIENCE, names: [] },
      oidc,
      isDefault: false,
    };
  }
  const app = resolveResource(ctx, permissions[0].identifier, tenant);
  for (const p of permissions.slice(1)) {
    if (resolveResource(ctx, p.identifier, tenant).appId !== app.appId) {
      throw multipleResources(scope);
    }
  }
  const names = permissions.map(p => p.name);
  return {
    resource: { app, identifier: permissions[0].identifier, names },
    oidc,
    isDefault: names.includes(DEFAULT_SCOPE),
  };
}

/** The scopes as Entra reports them back: `{resource}/{name}`. */
export function qualifiedScopes(
  resource: ResourceRequest,
  names: string[],
): string[] {
  const prefix = resource.identifier.replace(/\/+$/, '');
  return names.map(name => `${prefix}/${name}`);
}
