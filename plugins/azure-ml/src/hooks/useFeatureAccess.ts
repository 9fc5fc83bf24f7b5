/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AccessDenial,
  AzureMlPortalFeature,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from './useAzureMlData';

/**
 * Whether the user may take a portal action, and if not, why in words.
 *
 * @internal
 */
export interface FeatureAccessState {
  /** Whether the answer is still being fetched; the action stays disabled meanwhile. */
  loading: boolean;
  /** Whether both Backstage and Azure allow the action. */
  allowed: boolean;
  /** Why not, naming the missing permission or Azure action and scope. */
  reason?: string;
  /** The refusal itself, when one lock refused. */
  denial?: AccessDenial;
}

/**
 * Asks the backend whether the user may take `feature` in the workspace (or
 * on its endpoint `endpointName`), so an action can be disabled with the
 * reason instead of failing after a click.
 *
 * @internal
 */
export function useFeatureAccess(
  workspace: WorkspaceRef,
  feature: AzureMlPortalFeature,
  endpointName?: string,
): FeatureAccessState {
  const access = useAzureMlData(
    api => api.getAccess(workspace, endpointName ? { endpointName } : {}),
    [workspace, endpointName],
  );
  if (access.status === 'failed') {
    return {
      loading: false,
      allowed: false,
      reason: `Could not check access: ${access.error.message}`,
    };
  }
  if (!access.value) {
    return { loading: true, allowed: false };
  }
  const entry = access.value.features.find(f => f.feature === feature);
  if (!entry) {
    return {
      loading: false,
      allowed: false,
      reason: `The backend did not say whether ${feature} is allowed here`,
    };
  }
  return {
    loading: false,
    allowed: entry.allowed,
    reason: entry.denial?.message,
    denial: entry.denial,
  };
}
