/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { RoleDefinition } from '../state/model';
import { ArmError } from '../server/errors';
import { roleDefinitionGuid, scopeContains } from './rbac';
import { readRolePermissions } from './roleDefinitionActions';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who writes a custom role, where, and when. */
export type RoleDefinitionWrite = {
  /** The role's GUID, the last segment of the request path. */
  name: string;
  /** The scope the request was made at (below a subscription). */
  scope: string;
  /** The tenant of the scope's subscription. */
  tenantId: string;
  /** The caller's object id. */
  callerObjectId: string;
  /** The request body. */
  body: unknown;
  now: string;
};

const trimScope = (scope: string) => scope.replace(/\/+$/, '');

/** Whether a scope below a subscription names something that exists. */
function scopeExists(state: EmulatorState, scope: string): boolean {
  const segments = scope.split('/').filter(Boolean);
  if (segments.length < 2 || segments[0].toLowerCase() !== 'subscriptions')
    return false;
  if (!state.subscriptions.has(segments[1].toLowerCase())) return false;
  if (segments.length === 2) return true;
  if (segments.length === 4)
    return state.resourceGroups.has(scope.toLowerCase());
  return state.getResource(scope) !== undefined;
}

/**
 * A role definition the tenant can see by GUID: a built-in role, or a
 * custom role created in that tenant.
 */
export function roleDefinitionIn(
  state: EmulatorState,
  tenantId: string,
  roleDefinitionId: string,
): RoleDefinition | undefined {
  const role = state.roleDefinitions.get(roleDefinitionGuid(roleDefinitionId));
  if (!role) return undefined;
  if (role.roleType === 'CustomRole' && role.tenantId !== tenantId)
    return undefined;
  return role;
}

/** Whether a role may be assigned at `scope`: one of its assignable scopes is it or above it. */
export function isAssignableAt(role: RoleDefinition, scope: string): boolean {
  return role.assignableScopes.some(assignable =>
    scopeContains(assignable, scope),
  );
}

function invalidContent(message: string): ArmError {
  return new ArmError(400, 'InvalidRequestContent', message);
}

/** The checked assignable scopes: at least one, each existing at or below the request's scope. */
function readAssignableScopes(
  state: EmulatorState,
  value: unknown,
  requestScope: string,
): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ArmError(
      400,
      'InvalidAssignableScopes',
      "The role definition must have at least one assignable scope in 'properties.assignableScopes'.",
    );
  }
  return value.map(raw => {
    if (typeof raw !== 'string' || !raw.trim()) {
      throw new ArmError(
        400,
        'InvalidAssignableScopes',
        `The assignable scope '${String(raw)}' is not a valid scope.`,
      );
    }
    const scope = trimScope(raw.trim());
    if (!scopeContains(requestScope, scope) || scope === '') {
      throw new ArmError(
        400,
        'InvalidAssignableScopes',
        `The assignable scope '${raw}' is not at or below the scope '${requestScope}' the role definition is written at.`,
      );
    }
    if (!scopeExists(state, scope)) {
      throw new ArmError(
        400,
        'InvalidAssignableScopes',
        `The assignable scope '${raw}' does not exist.`,
      );
    }
    return scope;
  });
}

/**
 * Creates or updates a custom role as ARM's
 * `PUT {scope}/providers/Microsoft.Authorization/roleDefinitions/{guid}`:
 * checks the GUID, the role name (unique in the tenant, built-in roles
 * included), the permissions and the assignable scopes, then stores it.
 * Answers 201 for a new role and for an update alike, as Azure does (the
 * operation's only success status); changes nothing when it refuses.
 */
export function putCustomRoleDefinition(
  state: EmulatorState,
  write: RoleDefinitionWrite,
): { status: 201; role: RoleDefinition } {
  if (!GUID.test(write.name)) {
    throw new ArmError(
      400,
      'InvalidRoleDefinitionId',
      `The role definition ID '${write.name}' is not valid. The role definition ID must be a GUID.`,
    );
  }
  const guid = write.name.toLowerCase();
  const existing = state.roleDefinitions.get(guid);
  if (
    existing &&
    (existing.roleType !== 'CustomRole' || existing.tenantId !== write.tenantId)
  ) {
    throw new ArmError(
      400,
      'RoleDefinitionUpdateNotPermitted',
      `The role definition '${write.name}' is not a custom role of this directory and cannot be changed.`,
    );
  }
  const properties = (write.body as { properties?: Record<string, unknown> })
    ?.properties;
  if (!properties || typeof properties !== 'object') {
    throw invalidContent("The request content must have 'properties'.");
  }
  const roleName =
    typeof properties.roleName === 'string' ? properties.roleName.trim() : '';
  if (!roleName) {
    throw invalidContent(
      "The request content must have 'properties.roleName', the role's name.",
    );
  }
  if (
    properties.description !== undefined &&
    properties.description !== null &&
    typeof properties.description !== 'string'
  ) {
    throw invalidContent("'properties.description' must be a string.");
  }
  const permissions = readRolePermissions(properties.permissions);
  const assignableScopes = readAssignableScopes(
    state,
    properties.assignableScopes,
    write.scope,
  );
  const sameName = [...state.roleDefinitions.values()].find(
    role =>
      role.name !== guid &&
      role.roleName.toLowerCase() === roleName.toLowerCase() &&
      (role.roleType === 'BuiltInRole' || role.tenantId === write.tenantId),
  );
  if (sameName) {
    throw new ArmError(
      409,
      'RoleDefinitionWithSameNameExists',
      'A role definition cannot be updated with a name that already exists.',
    );
  }
  const role: RoleDefinition = {
    name: guid,
    roleName,
    description: (properties.description as string | undefined) ?? '',
    roleType: 'CustomRole',
    assignableScopes,
    ...permissions,
    tenantId: write.tenantId,
    createdOn: existing?.createdOn ?? write.now,
    createdBy: existing?.createdBy ?? write.callerObjectId,
    updatedOn: write.now,
    updatedBy: write.callerObjectId,
  };
  state.roleDefinitions.set(guid, role);
  // Azure answers 201 for an update too (its API and SDKs know no 200 here).
  return { status: 201, role };
}

/**
 * Deletes a custom role of the tenant as ARM's `DELETE` does: the role
 * deleted, `undefined` when there is none (204), and a refusal while
 * assignments still reference it.
 */
export function deleteCustomRoleDefinition(
  state: EmulatorState,
  tenantId: string,
  name: string,
): RoleDefinition | undefined {
  const role = roleDefinitionIn(state, tenantId, name);
  if (!role) return undefined;
  if (role.roleType !== 'CustomRole') {
    throw new ArmError(
      400,
      'RoleDefinitionUpdateNotPermitted',
      `The role definition '${name}' is a built-in role and cannot be deleted.`,
    );
  }
  if (
    state.roleAssignments.some(
      a => roleDefinitionGuid(a.roleDefinitionId) === role.name,
    )
  ) {
    throw new ArmError(
      409,
      'RoleDefinitionHasAssignments',
      'There are existing role assignments referencing role. Delete them before deleting the role definition.',
    );
  }
  state.roleDefinitions.delete(role.name);
  return role;
}
