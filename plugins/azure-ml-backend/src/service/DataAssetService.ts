/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { DataContainer } from '@azure/arm-machinelearning';
import type {
  AzureMlDataAsset,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mapDataVersion } from '../mappers';
import { readLatestVersions } from './readLatestVersions';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Lists data assets as the signed-in user.
 *
 * @internal
 */
export class DataAssetService {
  /**
   * One page of the workspace's data assets, each as its latest version
   * (one ARM read per asset, made in parallel).
   */
  async list(
    session: WorkspaceSession,
    pageToken?: string,
  ): Promise<Page<AzureMlDataAsset>> {
    const page = await session.page<DataContainer>(
      `List data assets of workspace ${session.workspace.workspaceName}`,
      'data',
      pageToken,
      (client, rg, ws) => client.dataContainers.list(rg, ws),
    );
    const items = await readLatestVersions(page.items, async (name, version) =>
      mapDataVersion(
        await session.call(
          `Read version ${version} of data asset ${name}`,
          (client, rg, ws) => client.dataVersions.get(rg, ws, name, version),
        ),
        session,
      ),
    );
    return { ...page, items };
  }
}
