/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RoleAssignment, RoleDefinition } from '../state/model';

/** A role definition as ARM returns it, read at `scope`. */
export function roleDefinitionBody(role: RoleDefinition, scope: string) {
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleDefinitions/${role.name}`,
    name: role.name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: role.roleName,
      type: role.roleType,
      description: role.description,
      assignableScopes: role.assignableScopes,
      permissions: [
        {
          actions: role.actions,
          notActions: role.notActions,
          dataActions: role.dataActions,
          notDataActions: role.notDataActions,
        },
      ],
      createdOn: role.createdOn ?? '2015-02-02T21:55:09.8806423Z',
      updatedOn: role.updatedOn ?? '2024-04-25T00:00:00.0000000Z',
      createdBy: role.createdBy ?? null,
      updatedBy: role.updatedBy ?? null,
    },
  };
}

/** A role assignment as ARM returns it. */
export function roleAssignmentBody(assignment: RoleAssignment) {
  return {
    id: `${assignment.scope}/providers/Microsoft.Authorization/roleAssignments/${assignment.name}`,
    name: assignment.name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: assignment.roleDefinitionId,
      principalId: assignment.principalId,
      principalType: assignment.principalType,
      scope: assignment.scope,
      condition: null,
      conditionVersion: null,
      createdOn: assignment.createdOn,
      updatedOn: assignment.createdOn,
      createdBy: null,
      updatedBy: null,
      delegatedManagedIdentityResourceId: null,
      description: null,
    },
  };
}
