/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlOnlineEndpoint,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { useAzureMlData, type AzureMlDataState } from './useAzureMlData';

/**
 * Loads one online endpoint of a workspace with its deployments; `reload()`
 * reads it again, keeping the last answer on screen meanwhile.
 *
 * @internal
 */
export function useEndpoint(
  workspace: WorkspaceRef,
  endpointName: string,
): AzureMlDataState<AzureMlOnlineEndpoint> & { reload: () => void } {
  return useAzureMlData(
    api => api.getEndpoint(workspace, endpointName),
    [workspace, endpointName],
  );
}
