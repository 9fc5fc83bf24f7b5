/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AuthorizationManagementClient,
  RoleDefinition,
} from '@azure/arm-authorization';
import { isRestError } from '@azure/core-rest-pipeline';
import type { AzurePermissionSet } from './evaluateAzureActions';
import { toBackstageAzureError } from './toBackstageAzureError';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * One Azure role assignment at a workspace or above it, with its role.
 *
 * @internal
 */
export type WorkspaceRoleAssignment = {
  /** The role assignment's ARM id. */
  id: string;
  /** The Entra object id it is assigned to. */
  principalId: string;
  /** Azure's principal type, for example `User` or `Group`. */
  principalType: string;
  /** Where it is assigned. */
  scope: string;
  /** Whether it is assigned above the workspace. */
  inherited: boolean;
  roleDefinitionId: string;
  /** The role's name, or its GUID when its definition cannot be found. */
  roleName: string;
  /** `BuiltInRole` or `CustomRole`. */
  roleType: string;
  /** The permission sets of the role. */
  permissions: AzurePermissionSet[];
};

/**
 * The workspace's role assignments as Azure tells the signed-in user, or
 * Azure's refusal in its own words (reading role assignments needs
 * `Microsoft.Authorization/roleAssignments/read`, which Reader grants and
 * AzureML Data Scientist does not).
 *
 * @internal
 */
export type WorkspaceRoleAssignments =
  | { assignments: WorkspaceRoleAssignment[] }
  | { refusal: string };

function guidOf(roleDefinitionId: string): string {
  return roleDefinitionId.split('/').pop() ?? roleDefinitionId;
}

function sameScope(a: string, b: string): boolean {
  return (
    a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase()
  );
}

/** The role definitions by their ids (lower case), each read once; a missing one is `undefined`. */
async function readRoleDefinitions(
  client: AuthorizationManagementClient,
  scope: string,
  roleDefinitionIds: string[],
): Promise<Map<string, RoleDefinition | undefined>> {
  const unique = [...new Set(roleDefinitionIds.map(id => id.toLowerCase()))];
  const read = await Promise.all(
    unique.map(async id => {
      try {
        return await client.roleDefinitions.get(scope, guidOf(id));
      } catch (error) {
        // A custom role deleted since it was assigned: Azure keeps the
        // assignment, which then grants nothing.
        if (isRestError(error) && error.statusCode === 404) return undefined;
        throw error;
      }
    }),
  );
  return new Map(unique.map((id, i) => [id, read[i]]));
}

/**
 * Reads, as the session's user, the Azure role assignments that apply at
 * the workspace (assigned there or inherited from its resource group,
 * subscription or management groups: `atScope()`), and the definition of
 * each of their roles, with `@azure/arm-authorization`.
 *
 * @throws errors of Azure other than a 403, mapped by `toBackstageAzureError`.
 * @internal
 */
export function readWorkspaceRoleAssignments(
  session: WorkspaceSession,
): Promise<WorkspaceRoleAssignments> {
  const what = `Read the Azure role assignments of workspace ${session.workspace.workspaceName}`;
  return session.callAuthorization(what, async client => {
    try {
      const listed = [];
      for await (const assignment of client.roleAssignments.listForScope(
        session.id,
        { filter: 'atScope()' },
      )) {
        listed.push(assignment);
      }
      const definitions = await readRoleDefinitions(
        client,
        session.id,
        listed.flatMap(a => (a.roleDefinitionId ? [a.roleDefinitionId] : [])),
      );
      const assignments = listed.flatMap(
        (assignment): WorkspaceRoleAssignment[] => {
          const { id, principalId, roleDefinitionId, scope } = assignment;
          if (!id || !principalId || !roleDefinitionId || !scope) return [];
          const role = definitions.get(roleDefinitionId.toLowerCase());
          return [
            {
              id,
              principalId: principalId.toLowerCase(),
              principalType: assignment.principalType ?? 'Unknown',
              scope,
              inherited: !sameScope(scope, session.id),
              roleDefinitionId,
              roleName: role?.roleName ?? guidOf(roleDefinitionId),
              roleType: role?.roleType ?? 'BuiltInRole',
              permissions: (role?.permissions ?? []).map(
                ({ actions, notActions }) => ({ actions, notActions }),
              ),
            },
          ];
        },
      );
      return { assignments };
    } catch (error) {
      if (isRestError(error) && error.statusCode === 403) {
        return { refusal: toBackstageAzureError(error, what).message };
      }
      throw error;
    }
  });
}
