/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import {
  ARTIFACT_STORE_CONTAINER,
  blobStoreContainer,
  storageAccountOf,
} from '../../storage/storageAccounts';
import { ML_TYPES } from './mlIds';

/** ARM type of a workspace's datastores, also the prefix of their RBAC actions. */
export const DATASTORE_TYPE = `${ML_TYPES.workspace}/datastores`;

/** The name of a workspace's default datastore. */
export const DEFAULT_DATASTORE = 'workspaceblobstore';

/** A blob datastore Azure ML creates with every workspace, in its storage account. */
function blobDatastore(
  ctx: EmulatorContext,
  workspace: ArmResource,
  datastore: { name: string; container: string; isDefault: boolean },
): ArmResource {
  const account = storageAccountOf(workspace);
  return {
    id: `${workspace.id}/datastores/${datastore.name}`,
    name: datastore.name,
    type: DATASTORE_TYPE,
    properties: {
      description: '',
      tags: {},
      isDefault: datastore.isDefault,
      properties: {},
      credentials: {
        credentialsType: 'AccountKey',
        secrets: { secretsType: 'AccountKey' },
      },
      datastoreType: 'AzureBlob',
      accountName: account.name,
      containerName: datastore.container,
      // Azure names the storage suffix (`core.windows.net`), clients reach
      // `https://{account}.blob.{endpoint}`; here the endpoint is the
      // emulator's host, where Blob storage is served path-style.
      endpoint: new URL(ctx.urls.https).host,
      protocol: 'https',
    },
    // Azure ML creates them with the workspace, as the workspace's creator.
    systemData: workspace.systemData,
  };
}

/**
 * The datastores of a workspace, as Azure ML creates them with it:
 * `workspaceblobstore` (the default, where the CLI uploads code and data)
 * and `workspaceartifactstore` (job outputs), both blob containers of the
 * workspace's storage account with its account key.
 */
export function workspaceDatastores(
  ctx: EmulatorContext,
  workspace: ArmResource,
): ArmResource[] {
  return [
    blobDatastore(ctx, workspace, {
      name: DEFAULT_DATASTORE,
      container: blobStoreContainer(workspace),
      isDefault: true,
    }),
    blobDatastore(ctx, workspace, {
      name: 'workspaceartifactstore',
      container: ARTIFACT_STORE_CONTAINER,
      isDefault: false,
    }),
  ];
}
