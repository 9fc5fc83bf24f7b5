/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseWorkspaceId,
  type AzureMlPortalFeature,
  type ParsedWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData } from '../../hooks/useAzureMlData';
import {
  checkRequiredFeatures,
  type RequiredFeaturesCheck,
} from './requiredFeatures';

/**
 * Where the access check of a picked workspace is.
 *
 * @internal
 */
export type RequiredFeaturesCheckState =
  | { status: 'idle' }
  | { status: 'checking'; workspaceName: string }
  | {
      status: 'checked';
      workspaceName: string;
      /** The ARM id of the checked workspace. */
      workspaceId: string;
      check: RequiredFeaturesCheck;
    }
  | {
      status: 'failed';
      workspaceName: string;
      error: Error;
      retry: () => void;
    };

/** The workspace an id points at; `undefined` for an invalid id, which validation refuses. */
function workspaceOf(id: string | undefined): ParsedWorkspaceId | undefined {
  try {
    return id ? parseWorkspaceId(id) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks, each time another workspace is kept, whether the user may use
 * the `required` features there; idle without a workspace or without
 * required features.
 *
 * @param workspaceId - The ARM id of the kept workspace.
 * @internal
 */
export function useRequiredFeaturesCheck(
  workspaceId: string | undefined,
  required: AzureMlPortalFeature[],
): RequiredFeaturesCheckState {
  const target = required.length > 0 ? workspaceOf(workspaceId) : undefined;
  const result = useAzureMlData(
    async api =>
      target && {
        // The answer says which workspace it is for: until the new one's
        // arrives, the hook still holds the last.
        workspaceId: target.id,
        check: await checkRequiredFeatures(api, target.workspace, required),
      },
    [target?.id, required],
  );
  if (!target) return { status: 'idle' };
  const { workspaceName } = target.workspace;
  if (result.status === 'failed') {
    return {
      status: 'failed',
      workspaceName,
      error: result.error,
      retry: result.reload,
    };
  }
  if (result.status === 'loaded' && result.value?.workspaceId === target.id) {
    return {
      status: 'checked',
      workspaceName,
      workspaceId: target.id,
      check: result.value.check,
    };
  }
  return { status: 'checking', workspaceName };
}
