/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration, Consent } from '../state/model';
import { consentRequired, scopeNotExposed } from './entraErrors';
import type { ResourceRequest } from './requestedScopes';

const lower = (values: string[]) => values.map(v => v.toLowerCase());

/** The tenant's consent for a client to call a resource, by any of its names. */
export function consentForResource(
  ctx: EmulatorContext,
  tenantId: string,
  clientAppId: string,
  resource: ResourceRequest,
): Consent | undefined {
  const names = [
    resource.identifier,
    ...resource.app.identifierUris,
    resource.app.appId,
  ];
  for (const name of names) {
    const consent = ctx.state.consentFor(tenantId, clientAppId, name);
    if (consent) return consent;
  }
  return undefined;
}

/**
 * The delegated permissions (`scp`) a user token may carry: for `/.default`
 * everything consented, otherwise the scopes asked for, each of which must be
 * exposed by the API and consented in the tenant (else AADSTS65005/65001).
 */
export function grantedDelegatedScopes(
  ctx: EmulatorContext,
  tenantId: string,
  client: AppRegistration,
  resource: ResourceRequest,
  isDefault: boolean,
): string[] {
  if (resource.names.length === 0) return [];
  const consent = consentForResource(ctx, tenantId, client.appId, resource);
  if (isDefault) {
    if (!consent?.scopes.length) throw consentRequired(client);
    return consent.scopes;
  }
  const exposed = lower(resource.app.exposedScopes.map(s => s.value));
  const consented = lower(consent?.scopes ?? []);
  for (const name of resource.names) {
    if (!exposed.includes(name.toLowerCase())) {
      throw scopeNotExposed(client, name, resource.app);
    }
    if (!consented.includes(name.toLowerCase())) throw consentRequired(client);
  }
  return resource.names;
}

/** The application permissions (`roles`) granted to a client for an API. */
export function grantedAppRoles(
  ctx: EmulatorContext,
  tenantId: string,
  clientAppId: string,
  resource: ResourceRequest,
): string[] {
  return consentForResource(ctx, tenantId, clientAppId, resource)?.roles ?? [];
}
