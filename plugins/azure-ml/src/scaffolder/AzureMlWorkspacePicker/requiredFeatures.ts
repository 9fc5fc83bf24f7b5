/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  type AccessDenial,
  type AzureMlPortalFeature,
  type AzureMlWorkspaceAccess,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';

/**
 * The portal features a template can require of its workspace: those
 * checked on the workspace itself (not on one of its endpoints).
 *
 * @internal
 */
export const workspaceFeatures = (
  Object.keys(azureMlPortalFeatureRequirements) as AzureMlPortalFeature[]
).filter(
  feature => azureMlPortalFeatureRequirements[feature].entity === 'workspace',
);

/**
 * What the access check found for the features a template requires.
 *
 * @internal
 */
export interface RequiredFeaturesCheck {
  /** Why each refused feature is refused, in the backend's words, with the refusal when the backend gave one. */
  refusals: {
    feature: AzureMlPortalFeature;
    message: string;
    denial?: AccessDenial;
  }[];
  /** Features the backend did not answer for; the template's actions still check them. */
  unanswered: AzureMlPortalFeature[];
}

/**
 * The features `ui:options.requiredFeatures` names, each once, in its order.
 *
 * @internal
 */
export function readRequiredFeatures(
  uiOptions: { requiredFeatures?: AzureMlPortalFeature[] } | undefined,
): AzureMlPortalFeature[] {
  return [...new Set(uiOptions?.requiredFeatures ?? [])];
}

/**
 * Which of the `required` features the access answer refuses, and why, and
 * which it does not mention at all.
 *
 * @internal
 */
export function requiredFeaturesCheck(
  access: AzureMlWorkspaceAccess,
  required: AzureMlPortalFeature[],
): RequiredFeaturesCheck {
  const check: RequiredFeaturesCheck = { refusals: [], unanswered: [] };
  for (const feature of required) {
    const entry = access.features.find(f => f.feature === feature);
    if (!entry) {
      check.unanswered.push(feature);
    } else if (!entry.allowed) {
      check.refusals.push({
        feature,
        message:
          entry.denial?.message ??
          `You may not use ${feature} in this workspace`,
        ...(entry.denial ? { denial: entry.denial } : {}),
      });
    }
  }
  return check;
}

/**
 * Asks the backend, as the user, whether they may use the `required`
 * features in `workspace`, read fresh from both the Backstage permission
 * policy and their Azure permissions.
 *
 * @throws what the client throws when the check itself fails.
 * @internal
 */
export async function checkRequiredFeatures(
  api: AzureMlApi,
  workspace: WorkspaceRef,
  required: AzureMlPortalFeature[],
): Promise<RequiredFeaturesCheck> {
  return requiredFeaturesCheck(await api.getAccess(workspace), required);
}
