/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  type AzureMlAccessMapDrift,
  type AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  evaluateAzureActions,
  type AzurePermissionSet,
} from '../service/evaluateAzureActions';

/**
 * Writes no portal feature makes, and so no project role needs, that give
 * power over the workspace itself or over who may use it: changing or
 * deleting the workspace, creating or deleting compute, and assigning
 * Azure roles. Azure granting one of them is always excess.
 *
 * @internal
 */
export const PRIVILEGED_AZURE_ACTIONS: readonly string[] = [
  'Microsoft.MachineLearningServices/workspaces/write',
  'Microsoft.MachineLearningServices/workspaces/delete',
  'Microsoft.MachineLearningServices/workspaces/computes/write',
  'Microsoft.MachineLearningServices/workspaces/computes/delete',
  'Microsoft.Authorization/roleAssignments/write',
];

/** The Azure actions of every feature of the matrix, each once, in order. */
const MATRIX_ACTIONS = [
  ...new Set(
    Object.values(azureMlPortalFeatureRequirements).flatMap(
      requirement => requirement.azureActions,
    ),
  ),
];

/** The actions the map checks Azure for: the matrix's, then the privileged ones. */
const CHECKED_ACTIONS = [...MATRIX_ACTIONS, ...PRIVILEGED_AZURE_ACTIONS];

/**
 * A role assignment reaching a principal, with the permissions of its role.
 *
 * @internal
 */
export type GrantingAssignment = {
  /** The role assignment's ARM id. */
  id: string;
  /** The permission sets of its role definition. */
  permissions: AzurePermissionSet[];
};

function grants(assignment: GrantingAssignment, action: string): boolean {
  return evaluateAzureActions(assignment.permissions, [action]).length === 0;
}

/**
 * Compares what a principal's project role needs at a workspace with what
 * its Azure role assignments grant there, with the RBAC evaluation of
 * {@link evaluateAzureActions} (wildcards, `notActions` per role):
 *
 * - `missing`: actions of the allowed features that no assignment grants;
 * - `excess`: actions of the matrix no allowed feature needs, and the
 *   {@link PRIVILEGED_AZURE_ACTIONS}, that an assignment grants, each with
 *   the assignments that grant it. An `Owner` (`*`) of a maintainer, who
 *   needs every action of the matrix, is excess by the privileged actions
 *   only.
 *
 * Reads are not compared: the matrix leaves them out, as Reader grants them.
 *
 * @param features - The portal features the project role allows here.
 * @param assignments - The role assignments that reach the principal here.
 * @returns The drift, and the ids of the assignments that grant only
 *   excess (none of the needed actions, at least one excess one): removing
 *   them takes no portal feature away.
 * @internal
 */
export function accessDrift(
  features: readonly AzureMlPortalFeature[],
  assignments: readonly GrantingAssignment[],
): { drift: AzureMlAccessMapDrift; onlyExcess: Set<string> } {
  const neededBy = new Map<string, AzureMlPortalFeature[]>();
  for (const feature of features) {
    for (const action of azureMlPortalFeatureRequirements[feature]
      .azureActions) {
      neededBy.set(action, [...(neededBy.get(action) ?? []), feature]);
    }
  }
  const needed = [...neededBy.keys()];
  const all = assignments.flatMap(a => a.permissions);
  const missing = evaluateAzureActions(all, needed).map(action => ({
    action,
    features: neededBy.get(action)!,
  }));
  const excess = CHECKED_ACTIONS.filter(action => !neededBy.has(action))
    .map(action => ({
      action,
      grantedBy: assignments.filter(a => grants(a, action)).map(a => a.id),
    }))
    .filter(({ grantedBy }) => grantedBy.length > 0);
  const onlyExcess = new Set(
    assignments
      .filter(
        a =>
          !needed.some(action => grants(a, action)) &&
          excess.some(({ grantedBy }) => grantedBy.includes(a.id)),
      )
      .map(a => a.id),
  );
  return { drift: { excess, missing }, onlyExcess };
}
