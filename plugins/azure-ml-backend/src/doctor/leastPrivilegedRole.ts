/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPortalFeatureRequirements } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  evaluateAzureActions,
  type AzurePermissionSet,
} from '../service/evaluateAzureActions';

/**
 * A role definition as the doctor weighs it.
 *
 * @internal
 */
export type CandidateRole = {
  id: string;
  roleName: string;
  roleType: string;
  assignableScopes: string[];
  permissions: AzurePermissionSet[];
};

const isConcrete = (action: string) => !action.includes('*');

/**
 * The concrete actions to weigh roles by: those the roles (grants and
 * exclusions), the feature matrix and `required` name, each with its
 * read, write and delete siblings, so that a role that also writes weighs
 * more than one that only reads.
 */
function actionUniverse(roles: CandidateRole[], required: string[]): string[] {
  const named = [
    ...roles.flatMap(r =>
      r.permissions.flatMap(p => [
        ...(p.actions ?? []),
        ...(p.notActions ?? []),
      ]),
    ),
    ...Object.values(azureMlPortalFeatureRequirements).flatMap(
      r => r.azureActions,
    ),
    ...required,
  ].filter(isConcrete);
  const withSiblings = named.flatMap(action => {
    const type = action.slice(0, action.lastIndexOf('/'));
    return [action, `${type}/read`, `${type}/write`, `${type}/delete`];
  });
  return [...new Set(withSiblings.map(a => a.toLowerCase()))];
}

/** Whether a role may be assigned at `scope` (one of its scopes contains it). */
function assignableAt(role: CandidateRole, scope: string): boolean {
  const target = scope.toLowerCase();
  return role.assignableScopes.some(s => {
    const prefix = s.toLowerCase().replace(/\/+$/, '');
    return (
      prefix === '' || target === prefix || target.startsWith(`${prefix}/`)
    );
  });
}

/**
 * How much a role grants: how many of the concrete actions that any of the
 * roles names it covers. Wildcard roles such as Owner (`*`) cover them all.
 */
function breadth(role: CandidateRole, universe: string[]): number {
  return (
    universe.length - evaluateAzureActions(role.permissions, universe).length
  );
}

/**
 * The least-privileged role, of `roles`, that grants every action in
 * `required` and may be assigned at `scope`: of those that qualify, the one
 * that grants the fewest of all the concrete actions the roles name, then
 * the one with the fewest permission patterns, then by name. `undefined`
 * when none grants them all.
 *
 * @internal
 */
export function leastPrivilegedRole(
  roles: CandidateRole[],
  required: string[],
  scope: string,
): CandidateRole | undefined {
  const universe = actionUniverse(roles, required);
  const patterns = (r: CandidateRole) =>
    r.permissions.reduce((n, p) => n + (p.actions?.length ?? 0), 0);
  return roles
    .filter(
      r =>
        assignableAt(r, scope) &&
        evaluateAzureActions(r.permissions, required).length === 0,
    )
    .map(role => ({ role, breadth: breadth(role, universe) }))
    .sort(
      (a, b) =>
        a.breadth - b.breadth ||
        patterns(a.role) - patterns(b.role) ||
        a.role.roleName.localeCompare(b.role.roleName),
    )[0]?.role;
}
