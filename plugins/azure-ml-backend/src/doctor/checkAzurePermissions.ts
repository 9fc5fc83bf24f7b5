/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  type AccessCheck,
  type AccessFeatureFinding,
  type AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  evaluateAzureActions,
  type AzurePermissionSet,
} from '../service/evaluateAzureActions';
import { azureRoleFix, type AssigneePrincipal } from './azureRoleFix';
import { leastPrivilegedRole, type CandidateRole } from './leastPrivilegedRole';

const TITLE = 'Azure permissions on the workspace';

/** Seeing the workspace at all; every feature needs it. */
export const WORKSPACE_READ =
  'Microsoft.MachineLearningServices/workspaces/read';

/**
 * What Azure said about the principal's permissions at the workspace.
 *
 * @internal
 */
export type EffectivePermissions =
  | { permissions: AzurePermissionSet[]; source: string }
  | { refusal: string };

function findings(permissions: AzurePermissionSet[]): AccessFeatureFinding[] {
  return (
    Object.entries(azureMlPortalFeatureRequirements) as [
      AzureMlPortalFeature,
      { azureActions: string[] },
    ][]
  ).map(([feature, { azureActions }]) => {
    const missingActions = evaluateAzureActions(permissions, azureActions);
    return missingActions.length === 0
      ? { feature, allowed: true }
      : { feature, allowed: false, missingActions };
  });
}

/**
 * The principal's effective Azure permissions on the workspace against the
 * actions of every portal feature (the feature × action matrix), with what
 * is missing and the least-privileged role that grants it. Endpoint features
 * are weighed at the workspace, where roles are usually assigned; an
 * assignment on one endpoint can add to them there.
 *
 * @internal
 */
export function checkAzurePermissions(options: {
  workspaceId: string;
  principal: AssigneePrincipal;
  effective: EffectivePermissions;
  roles: CandidateRole[];
  /** The action a refusal named, when the doctor was opened from one. */
  refusedAction?: string;
}): AccessCheck {
  const { workspaceId, principal, effective, roles, refusedAction } = options;
  const base = { id: 'azure-permissions' as const, title: TITLE };
  const permissions = 'permissions' in effective ? effective.permissions : [];
  const features = findings(permissions);
  const readMissing = evaluateAzureActions(permissions, [WORKSPACE_READ]);
  const missing = [...new Set(features.flatMap(f => f.missingActions ?? []))];
  const evidence = [
    'refusal' in effective
      ? { label: 'Effective permissions', value: effective.refusal }
      : {
          label: 'Effective permissions',
          value: `${permissions.length} role(s) apply at the workspace (${effective.source})`,
        },
    ...permissions.map((set, i) => ({
      label: `Role ${i + 1} actions`,
      value:
        [
          ...(set.actions ?? []),
          ...(set.notActions ?? []).map(a => `not ${a}`),
        ].join(', ') || '(none)',
    })),
    {
      label: WORKSPACE_READ,
      // AzureML Data Scientist grants workspaces/*/read, not this; the
      // portal reads what needs it as the service identity.
      value: readMissing.length
        ? 'not granted (the portal does without it; Azure ML studio and the Azure portal need it to open the workspace, which Reader grants)'
        : 'granted',
    },
  ];
  if (missing.length === 0) {
    return {
      ...base,
      verdict: 'pass',
      summary: `Azure grants ${principal.name} every action of every portal feature on this workspace.`,
      evidence,
      features,
    };
  }
  const refused =
    refusedAction &&
    missing.find(a => a.toLowerCase() === refusedAction.toLowerCase());
  const role = leastPrivilegedRole(roles, missing, workspaceId);
  return {
    ...base,
    verdict: 'fail',
    summary: `${
      refused ? `The refused action ${refused} is not granted. ` : ''
    }Azure RBAC does not grant ${principal.name} ${
      missing.length
    } action(s) the portal's features need here: ${missing.join(', ')}.`,
    evidence,
    features,
    fix: azureRoleFix({ role, missing, workspaceId, principal }),
  };
}
