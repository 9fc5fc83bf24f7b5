/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  azureMlWorkspaceReadPermission,
  type AccessCheck,
  type AccessFeatureFinding,
  type AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { AzureMlProjectRoles } from '@azure-ml-backstage/plugin-azure-ml-node';
import { isError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { CatalogEntityRefs } from '../service/CatalogEntityRefs';

const TITLE = 'Backstage permissions';

const workspaceFeatures = () =>
  (
    Object.keys(azureMlPortalFeatureRequirements) as AzureMlPortalFeature[]
  ).filter(f => azureMlPortalFeatureRequirements[f].entity === 'workspace');

/**
 * The project role with the fewest permissions that holds all of `denied`.
 */
function smallestRoleHolding(
  denied: string[],
  projectRoles: AzureMlProjectRoles | undefined,
): string | undefined {
  if (!projectRoles) return undefined;
  return Object.entries(projectRoles.roles)
    .filter(([, permissions]) => denied.every(p => permissions.includes(p)))
    .sort(([, a], [, b]) => a.length - b.length)[0]?.[0];
}

function projectRoleFix(
  denied: string[],
  target: string,
  projectRoles: AzureMlProjectRoles | undefined,
) {
  const role = smallestRoleHolding(denied, projectRoles);
  const ask = role
    ? `the project role '${role}' through a group that owns ${target}`
    : `a project role that allows ${denied.join(', ')} on ${target}`;
  return {
    summary: `Ask a Backstage administrator for ${ask}: azureMl.projectRoles in app-config.yaml maps catalog groups to project roles, which apply on the entities the group owns (or everywhere, for a platform group).`,
  };
}

/**
 * What the Backstage permission policy allows the signed-in user on the
 * workspace: reading it, and each portal feature authorized on its catalog
 * entity. Endpoint features are authorized on each endpoint's own entity.
 *
 * @internal
 */
export async function checkBackstagePermissions(options: {
  permissions: PermissionsService;
  entityRefs: CatalogEntityRefs;
  credentials: BackstageCredentials;
  workspaceId: string;
  /** The portal's project roles, to name the one to ask for. */
  projectRoles?: AzureMlProjectRoles;
}): Promise<AccessCheck> {
  const { permissions, entityRefs, credentials, workspaceId } = options;
  const base = { id: 'backstage-permissions' as const, title: TITLE };
  const [read] = await permissions.authorize(
    [{ permission: azureMlWorkspaceReadPermission }],
    { credentials },
  );
  const readAllowed = read.result === AuthorizeResult.ALLOW;
  let entityRef: string;
  try {
    entityRef = await entityRefs.forResource(workspaceId, 'workspace');
  } catch (error) {
    if (!isError(error) || error.name !== 'NotAllowedError') throw error;
    return {
      ...base,
      verdict: 'fail',
      summary: error.message,
      evidence: [{ label: 'Catalog entity', value: '(none)' }],
      fix: {
        summary:
          'Wait for the Azure ML catalog provider to ingest the workspace (it runs on a schedule), or check that its subscription is in azureMl.tenants.',
      },
    };
  }
  const features = workspaceFeatures();
  const decisions = await permissions.authorize(
    features.map(feature => ({
      permission: azureMlPortalFeatureRequirements[feature].permission,
      resourceRef: entityRef,
    })),
    { credentials },
  );
  const findings: AccessFeatureFinding[] = features.map((feature, i) =>
    decisions[i].result === AuthorizeResult.ALLOW
      ? { feature, allowed: true }
      : {
          feature,
          allowed: false,
          deniedPermission:
            azureMlPortalFeatureRequirements[feature].permission.name,
        },
  );
  const denied = [
    ...(readAllowed ? [] : [azureMlWorkspaceReadPermission.name]),
    ...findings.flatMap(f => (f.deniedPermission ? [f.deniedPermission] : [])),
  ];
  const evidence = [
    { label: 'Catalog entity', value: entityRef },
    {
      label: azureMlWorkspaceReadPermission.name,
      value: readAllowed ? 'allowed' : 'denied',
    },
  ];
  if (denied.length === 0) {
    return {
      ...base,
      verdict: 'pass',
      summary: `The permission policy allows you every portal feature on ${entityRef}.`,
      evidence,
      features: findings,
    };
  }
  return {
    ...base,
    verdict: 'fail',
    summary: `The permission policy denies ${denied.join(
      ', ',
    )} on ${entityRef}.`,
    evidence,
    features: findings,
    fix: projectRoleFix(denied, entityRef, options.projectRoles),
  };
}
