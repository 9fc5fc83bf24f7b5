/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration, Tenant } from '../state/model';
import { applicationNotFound, resourceNotFound } from './entraErrors';

/** Microsoft's own APIs are in every tenant; they are not registered in one. */
export function isFirstParty(app: AppRegistration): boolean {
  return app.tenantId === 'first-party';
}

/**
 * Whether the app has a service principal in the tenant: its home tenant, or
 * any tenant it was provisioned into if it is multi-tenant.
 */
export function isAppInTenant(app: AppRegistration, tenantId: string): boolean {
  if (isFirstParty(app) || app.tenantId === tenantId) return true;
  return (
    app.signInAudience === 'AzureADMultipleOrgs' &&
    tenantId in app.servicePrincipalsByTenant
  );
}

/** The client app, or AADSTS700016 when the tenant does not know it. */
export function clientAppInTenant(
  ctx: EmulatorContext,
  appId: string,
  tenant: Tenant,
): AppRegistration {
  const app = ctx.state.app(appId);
  if (!app || isFirstParty(app) || !isAppInTenant(app, tenant.id)) {
    throw applicationNotFound(appId, tenant);
  }
  return app;
}

/** AADSTS500011 when a resource API has no service principal in the tenant. */
export function ensureResourceInTenant(
  resource: AppRegistration,
  identifier: string,
  tenant: Tenant,
): void {
  if (!isAppInTenant(resource, tenant.id)) {
    throw resourceNotFound(identifier, tenant);
  }
}

/** The object id of the app's service principal in the tenant. */
export function servicePrincipalIdIn(
  app: AppRegistration,
  tenantId: string,
): string {
  return app.servicePrincipalsByTenant[tenantId] ?? app.servicePrincipalId;
}
