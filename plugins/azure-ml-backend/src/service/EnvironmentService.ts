/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EnvironmentContainer } from '@azure/arm-machinelearning';
import type {
  AzureMlEnvironment,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mapEnvironmentVersion } from '../mappers';
import { readLatestVersions } from './readLatestVersions';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Lists environments as the signed-in user.
 *
 * @internal
 */
export class EnvironmentService {
  /**
   * One page of the workspace's environments, each as its latest version
   * (one ARM read per environment, made in parallel).
   */
  async list(
    session: WorkspaceSession,
    pageToken?: string,
  ): Promise<Page<AzureMlEnvironment>> {
    const page = await session.page<EnvironmentContainer>(
      `List environments of workspace ${session.workspace.workspaceName}`,
      'environments',
      pageToken,
      (client, rg, ws) => client.environmentContainers.list(rg, ws),
    );
    const items = await readLatestVersions(page.items, async (name, version) =>
      mapEnvironmentVersion(
        await session.call(
          `Read version ${version} of environment ${name}`,
          (client, rg, ws) =>
            client.environmentVersions.get(rg, ws, name, version),
        ),
        session,
      ),
    );
    return { ...page, items };
  }
}
