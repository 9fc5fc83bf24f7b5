/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RoleAssignment, RoleDefinition } from '../state/model';

/** The role definition id ARM writes on an assignment in a subscription. */
export function roleDefinitionIdIn(
  subscriptionId: string,
  role: RoleDefinition,
): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`;
}

/** A role assignment of `role` to a principal at `scope` (below a subscription). */
export function newRoleAssignment(options: {
  name: string;
  scope: string;
  role: RoleDefinition;
  principalId: string;
  principalType: RoleAssignment['principalType'];
  createdOn: string;
}): RoleAssignment {
  return {
    name: options.name,
    scope: options.scope,
    roleDefinitionId: roleDefinitionIdIn(
      options.scope.split('/')[2],
      options.role,
    ),
    principalId: options.principalId,
    principalType: options.principalType,
    createdOn: options.createdOn,
  };
}
