/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { RoleAssignment, RoleDefinition } from '../state/model';

/**
 * Whether an RBAC action pattern (`*`, `*\/read`,
 * `Microsoft.MachineLearningServices/workspaces/*\/action`) covers an action.
 * Azure compares case-insensitively and `*` spans any characters, slashes too.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(action);
}

/** Whether `scope` is `ancestor` or lies below it. */
export function scopeContains(ancestor: string, scope: string): boolean {
  const a = ancestor.replace(/\/+$/, '').toLowerCase();
  const s = scope.replace(/\/+$/, '').toLowerCase();
  return a === '' || a === '/' || s === a || s.startsWith(`${a}/`);
}

/** The ids a principal acts as: itself and every group it belongs to. */
export function principalIdsOf(
  state: EmulatorState,
  objectId: string,
): string[] {
  return [objectId, ...state.groupIdsOf(objectId)];
}

/** Role assignments that apply to a principal (or its groups) at a scope. */
export function applicableAssignments(
  state: EmulatorState,
  objectId: string,
  scope: string,
): { assignment: RoleAssignment; role: RoleDefinition }[] {
  const principals = new Set(principalIdsOf(state, objectId));
  return state.roleAssignments
    .filter(a => principals.has(a.principalId) && scopeContains(a.scope, scope))
    .map(assignment => ({
      assignment,
      role: state.roleDefinitions.get(
        roleDefinitionGuid(assignment.roleDefinitionId),
      )!,
    }))
    .filter(entry => entry.role);
}

/** The GUID at the end of a role definition id. */
export function roleDefinitionGuid(roleDefinitionId: string): string {
  return roleDefinitionId.split('/').pop()!.toLowerCase();
}

/**
 * Azure's evaluation: allowed when some applicable role grants the action
 * through `actions` and that same role does not take it back in `notActions`.
 */
export function isAllowed(
  state: EmulatorState,
  objectId: string,
  action: string,
  scope: string,
): boolean {
  return applicableAssignments(state, objectId, scope).some(
    ({ role }) =>
      role.actions.some(p => actionMatches(p, action)) &&
      !role.notActions.some(p => actionMatches(p, action)),
  );
}
