/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  type AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  AzureMlHeldProjectRole,
  AzureMlProjectRoleDefinitions,
} from '@azure-ml-backstage/plugin-azure-ml-node';

const FEATURES = Object.keys(
  azureMlPortalFeatureRequirements,
) as AzureMlPortalFeature[];

/**
 * The portal features the held roles allow on the workspace: those whose
 * Backstage permission a role grants, among the roles whose permissions on
 * the workspace's entity apply there. Endpoint features are judged on the
 * workspace's owner too, as the Azure ML catalog module gives endpoints
 * their workspace's owner.
 *
 * @returns The features, in the order of the feature matrix.
 * @internal
 */
export function portalFeaturesOf(
  held: AzureMlHeldProjectRole[],
  roles: AzureMlProjectRoleDefinitions,
): AzureMlPortalFeature[] {
  const granted = new Set(
    held
      .filter(({ appliesToEntity }) => appliesToEntity)
      .flatMap(({ role }) => roles[role] ?? []),
  );
  return FEATURES.filter(feature =>
    granted.has(azureMlPortalFeatureRequirements[feature].permission.name),
  );
}
