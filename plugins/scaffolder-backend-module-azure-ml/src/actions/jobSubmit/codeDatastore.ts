/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureBlobDatastore } from '@azure/arm-machinelearning';
import { InputError } from '@backstage/errors';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import type { CodeFolder } from './codeFolder';

/** The datastore `az ml` uploads local code to: the workspace's default. */
export const CODE_DATASTORE = 'workspaceblobstore';

/**
 * Where a workspace keeps uploaded code: the blob container of its
 * `workspaceblobstore` datastore.
 *
 * @internal
 */
export type CodeDatastore = {
  name: string;
  accountName: string;
  containerName: string;
  /** The Blob service of the storage account, e.g. `https://st1.blob.core.windows.net`. */
  accountUrl: string;
};

/**
 * The Blob service URL of a datastore's storage account. Azure names the
 * storage suffix (`core.windows.net`), and clients address
 * `{protocol}://{account}.blob.{endpoint}`, as `az ml` does; an endpoint that
 * is a host with a port (a local emulator such as Azurite) serves accounts
 * path-style, `{protocol}://{endpoint}/{account}`.
 *
 * @internal
 */
export function blobAccountUrl(datastore: {
  accountName: string;
  endpoint?: string;
  protocol?: string;
}): string {
  const protocol = datastore.protocol || 'https';
  const endpoint = datastore.endpoint || 'core.windows.net';
  return /:\d+$/.test(endpoint)
    ? `${protocol}://${endpoint}/${datastore.accountName}`
    : `${protocol}://${datastore.accountName}.blob.${endpoint}`;
}

/**
 * Reads a workspace's `workspaceblobstore` datastore as the user, and checks
 * it is a blob container reached with the account key, as `az ml` uploads
 * code to it.
 *
 * @throws InputError for a datastore of another kind or credential.
 * @internal
 */
export async function readCodeDatastore(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
): Promise<CodeDatastore> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const datastore = await azure.call(
    `Read datastore ${CODE_DATASTORE} of workspace ${ws}`,
    ({ ml }) => ml.datastores.get(rg, ws, CODE_DATASTORE),
  );
  const properties = datastore.properties as Partial<AzureBlobDatastore>;
  const credentials = properties.credentials?.credentialsType;
  if (
    properties.datastoreType !== 'AzureBlob' ||
    credentials !== 'AccountKey' ||
    !properties.accountName ||
    !properties.containerName
  ) {
    throw new InputError(
      `The datastore ${CODE_DATASTORE} of workspace ${ws} is ${
        properties.datastoreType ?? 'of no known type'
      } with ${
        credentials ?? 'no'
      } credentials, and the action uploads code only to a blob container reached with its account key (AzureBlob, AccountKey); upload the code yourself and give it as code instead of codePath`,
    );
  }
  return {
    name: CODE_DATASTORE,
    accountName: properties.accountName,
    containerName: properties.containerName,
    accountUrl: blobAccountUrl({
      accountName: properties.accountName,
      endpoint: properties.endpoint,
      protocol: properties.protocol,
    }),
  };
}

/**
 * The folder a code upload goes to in the container, as `az ml` names it:
 * `LocalUpload/<hash>/<folder name>`. The same files give the same path.
 *
 * @internal
 */
export function codeUploadPrefix(folder: CodeFolder): string {
  return `LocalUpload/${folder.hash}/${folder.name}`;
}

/**
 * The code version's `codeUri` of an upload, as `az ml` records it: the
 * blob folder's URL, `<account URL>/<container>/LocalUpload/<hash>/<folder>`.
 *
 * @internal
 */
export function codeUploadUri(
  datastore: CodeDatastore,
  folder: CodeFolder,
): string {
  const path = [datastore.containerName, ...codeUploadPrefix(folder).split('/')]
    .map(encodeURIComponent)
    .join('/');
  return `${datastore.accountUrl}/${path}`;
}
