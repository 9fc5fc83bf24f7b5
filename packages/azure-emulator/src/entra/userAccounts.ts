/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration, DirectoryUser, Tenant } from '../state/model';
import { userNotInTenant } from './entraErrors';

/** The person's object in their home tenant (a guest's `homeObjectId`). */
export function homeAccountOf(
  ctx: EmulatorContext,
  account: DirectoryUser,
): DirectoryUser {
  if (!account.homeObjectId) return account;
  return ctx.state.users.get(account.homeObjectId) ?? account;
}

/** The same person's object in another tenant: a member or a guest account. */
export function accountInTenant(
  ctx: EmulatorContext,
  account: DirectoryUser,
  tenantId: string,
): DirectoryUser | undefined {
  if (account.tenantId === tenantId) return account;
  const homeId = homeAccountOf(ctx, account).objectId;
  return ctx.state
    .usersIn(tenantId)
    .find(u => u.objectId === homeId || u.homeObjectId === homeId);
}

/** As `accountInTenant`, or AADSTS50020 when the person has no account there. */
export function requireAccountInTenant(
  ctx: EmulatorContext,
  account: DirectoryUser,
  tenant: Tenant,
  client: AppRegistration,
): DirectoryUser {
  const found = accountInTenant(ctx, account, tenant.id);
  if (found) return found;
  const home = homeAccountOf(ctx, account);
  throw userNotInTenant(home.userPrincipalName, home.tenantId, tenant, client);
}
