/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';
import { ML_TYPES, nameOf } from '../arm/ml/mlIds';
import type { EmulatorState } from '../state/EmulatorState';
import type { ArmResource } from '../state/model';

/**
 * A storage account the emulator serves Blob storage for: the one a
 * workspace keeps its datastores in (`properties.storageAccount`).
 */
export type StorageAccount = {
  name: string;
  /** Its ARM id. */
  id: string;
  subscriptionId: string;
  /** The workspace whose default storage it is. */
  workspace: ArmResource;
  /** The containers it holds: those of the workspace's blob datastores. */
  containers: string[];
};

/** The container of a workspace's default datastore, `workspaceblobstore`. */
export function blobStoreContainer(workspace: ArmResource): string {
  return `azureml-blobstore-${workspace.properties.workspaceId}`;
}

/** The container of `workspaceartifactstore`, where job outputs go. */
export const ARTIFACT_STORE_CONTAINER = 'azureml';

/**
 * The account key of a storage account: 64 bytes, base64, as Azure's keys
 * are. Derived from the account's id, so it is the same after a reset; only
 * this emulator accepts it.
 */
export function storageAccountKey(accountId: string): string {
  return createHash('sha512')
    .update(`azure-emulator storage account key ${accountId.toLowerCase()}`)
    .digest('base64');
}

/** The storage account of a workspace, from its ARM id in the workspace. */
export function storageAccountOf(workspace: ArmResource): StorageAccount {
  const id = String(workspace.properties.storageAccount);
  return {
    name: nameOf(id),
    id,
    subscriptionId: id.split('/')[2],
    workspace,
    containers: [blobStoreContainer(workspace), ARTIFACT_STORE_CONTAINER],
  };
}

/** The storage account named `name` (account names are lowercase), if any workspace keeps its data there. */
export function findStorageAccount(
  state: EmulatorState,
  name: string,
): StorageAccount | undefined {
  const workspace = state
    .listByScope('/subscriptions', ML_TYPES.workspace)
    .find(
      w =>
        typeof w.properties.storageAccount === 'string' &&
        nameOf(w.properties.storageAccount) === name,
    );
  return workspace ? storageAccountOf(workspace) : undefined;
}
