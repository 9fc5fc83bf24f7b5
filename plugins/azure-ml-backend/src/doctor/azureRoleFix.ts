/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseWorkspaceId,
  type AccessFix,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CandidateRole } from './leastPrivilegedRole';

/**
 * The principal a role is to be assigned to.
 *
 * @internal
 */
export type AssigneePrincipal = {
  objectId: string;
  /** As `az role assignment create --assignee-principal-type` names it. */
  type: 'User' | 'ServicePrincipal';
  /** A name people recognise: a UPN, or the service identity's words. */
  name: string;
};

/**
 * The fix for missing Azure actions: assign `role` to the principal at the
 * workspace (the narrowest scope all the actions live under), with the
 * `az` command and the Azure portal steps; or, when no role grants them all,
 * a custom role that does.
 *
 * @internal
 */
export function azureRoleFix(options: {
  role: CandidateRole | undefined;
  missing: string[];
  workspaceId: string;
  principal: AssigneePrincipal;
}): AccessFix {
  const { role, missing, workspaceId, principal } = options;
  const { workspaceName, resourceGroup, subscriptionId } =
    parseWorkspaceId(workspaceId).workspace;
  if (!role) {
    const definition = JSON.stringify({
      Name: `${workspaceName} portal actions`,
      IsCustom: true,
      Description: `The Azure ML actions the portal needs in ${workspaceName}`,
      Actions: missing,
      NotActions: [],
      AssignableScopes: [workspaceId],
    });
    return {
      summary: `No role that can be assigned at the workspace grants all of ${missing.join(
        ', ',
      )}: create a custom role with exactly these actions and assign it to ${
        principal.name
      } at the workspace.`,
      azCli: [
        `az role definition create --role-definition '${definition}'`,
        `az role assignment create --assignee-object-id ${principal.objectId} --assignee-principal-type ${principal.type} --role "${workspaceName} portal actions" --scope "${workspaceId}"`,
      ].join('\n'),
    };
  }
  return {
    summary: `Assign the role '${role.roleName}' to ${
      principal.name
    } on the workspace ${workspaceName}: it is the least-privileged role that grants ${missing.join(
      ', ',
    )}.`,
    role: {
      roleName: role.roleName,
      roleDefinitionId: role.id,
      scope: workspaceId,
      principalId: principal.objectId,
      grants: missing,
    },
    azCli: `az role assignment create --assignee-object-id ${principal.objectId} --assignee-principal-type ${principal.type} --role "${role.roleName}" --scope "${workspaceId}"`,
    portalSteps: [
      `In the Azure portal, open the Azure Machine Learning workspace ${workspaceName} (resource group ${resourceGroup}, subscription ${subscriptionId})`,
      'Access control (IAM) → Add → Add role assignment',
      `Role: ${role.roleName} → Next`,
      `Members: ${
        principal.type === 'User'
          ? 'User, group, or service principal'
          : 'Managed identity or service principal'
      } → Select members → ${principal.name} → Select`,
      'Review + assign (an Owner or User Access Administrator of the workspace must do this)',
    ],
  };
}
