/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ComputeResource } from '@azure/arm-machinelearning';
import type {
  AzureMlCompute,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mapCompute } from '../mappers';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Lists compute targets as the signed-in user.
 *
 * @internal
 */
export class ComputeService {
  /** One page of the workspace's computes. */
  async list(
    session: WorkspaceSession,
    pageToken?: string,
  ): Promise<Page<AzureMlCompute>> {
    const page = await session.page<ComputeResource>(
      `List computes of workspace ${session.workspace.workspaceName}`,
      'computes',
      pageToken,
      (client, rg, ws) => client.computeOperations.list(rg, ws),
    );
    return { ...page, items: page.items.map(mapCompute) };
  }
}
