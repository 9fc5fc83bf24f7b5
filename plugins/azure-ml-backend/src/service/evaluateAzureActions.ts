/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * One entry of Azure's effective permissions at a scope
 * (Microsoft.Authorization/permissions): the control-plane part of one role
 * that applies there.
 *
 * @internal
 */
export type AzurePermissionSet = {
  actions?: string[];
  notActions?: string[];
};

/** Whether an RBAC pattern such as `Microsoft.X/*\/read` covers an action. */
function covers(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(action);
}

function grants(set: AzurePermissionSet, action: string): boolean {
  return (
    (set.actions ?? []).some(pattern => covers(pattern, action)) &&
    !(set.notActions ?? []).some(pattern => covers(pattern, action))
  );
}

/**
 * The actions, of `required`, that Azure RBAC does not grant, in their
 * order, evaluated as Azure does: names compare case-insensitively, `*`
 * matches any characters (slashes too), and an action is granted when one
 * permission set has it in `actions` and that same set does not take it
 * back in `notActions` (a role's `notActions` do not subtract from another
 * role's grants).
 *
 * @param permissions - The caller's permission sets at the scope.
 * @param required - The RBAC actions to check.
 * @internal
 */
export function evaluateAzureActions(
  permissions: AzurePermissionSet[],
  required: string[],
): string[] {
  return required.filter(
    action => !permissions.some(set => grants(set, action)),
  );
}
