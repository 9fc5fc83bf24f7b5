/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { Tenant } from '../state/model';
import { tenantNotFound } from './entraErrors';

/** The `{tenant}` of an Entra URL: one directory, or a multi-tenant alias. */
export type TenantSegment =
  | { kind: 'tenant'; tenant: Tenant }
  | { kind: 'common' | 'organizations' };

/** Reads `{tenant}` as a tenant id, a domain, `common` or `organizations`. */
export function resolveTenantSegment(
  ctx: EmulatorContext,
  segment: string,
  error?: string,
): TenantSegment {
  const lower = segment.toLowerCase();
  if (lower === 'common' || lower === 'organizations') return { kind: lower };
  const tenant = ctx.state.tenant(segment);
  if (!tenant) throw tenantNotFound(segment, error);
  return { kind: 'tenant', tenant };
}

/** The tenant of a token: the URL's, or the one implied when it says `common`. */
export function tenantOrImplied(
  ctx: EmulatorContext,
  segment: TenantSegment,
  impliedTenantId: string,
): Tenant {
  if (segment.kind === 'tenant') return segment.tenant;
  return ctx.state.tenants.get(impliedTenantId)!;
}
