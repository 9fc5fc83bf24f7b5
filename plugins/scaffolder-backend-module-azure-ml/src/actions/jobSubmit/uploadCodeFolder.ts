/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccountKeyDatastoreSecrets } from '@azure/arm-machinelearning';
import {
  BlobServiceClient,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { toBackstageAzureError } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import {
  codeUploadPrefix,
  codeUploadUri,
  type CodeDatastore,
} from './codeDatastore';
import { formatBytes, type CodeFile, type CodeFolder } from './codeFolder';

/** Files uploaded at once. */
const CONCURRENCY = 4;
/** After how many files the task log hears how far the upload got. */
const PROGRESS_EVERY = 100;
/** Storage retries a failed request itself; a few, not long (the SDK's default waits 4 s and more). */
const RETRY_OPTIONS = {
  maxTries: 3,
  retryDelayInMs: 500,
  maxRetryDelayInMs: 4000,
};

/**
 * The datastore's account key, read as the user: Azure ML hands it only to
 * whom its RBAC grants `workspaces/datastores/listsecrets/action`. The key
 * stays in this process's memory and is never logged.
 */
async function readAccountKey(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  datastore: CodeDatastore,
): Promise<string> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const secrets = await azure.call(
    `Read the account key of datastore ${datastore.name} in workspace ${ws} (to upload the code)`,
    ({ ml }) => ml.datastores.listSecrets(rg, ws, datastore.name),
  );
  const key = (secrets as Partial<AccountKeyDatastoreSecrets>).key;
  if (secrets.secretsType !== 'AccountKey' || !key) {
    throw new NotAllowedError(
      `Azure ML handed out no account key for datastore ${datastore.name} in workspace ${ws} (secrets of type ${secrets.secretsType}), so the code cannot be uploaded; upload it yourself and give it as code instead of codePath`,
    );
  }
  return key;
}

/** Uploads one file as a block blob, with Azure's error in words. */
async function uploadFile(
  container: ContainerClient,
  blobName: string,
  file: CodeFile,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await container.getBlockBlobClient(blobName).uploadData(file.content, {
      abortSignal: signal,
    });
  } catch (error) {
    // Storage's messages end with lines of request id and time.
    if (error instanceof Error) error.message = error.message.split('\n')[0];
    throw toBackstageAzureError(
      error,
      `Upload ${file.path} of the code to ${container.containerName}/${blobName}`,
    );
  }
}

/**
 * Uploads a code folder to the workspace's `workspaceblobstore`, as
 * `az ml job create` does, as the user: the account key comes from
 * `listSecrets` with the user's token, the files go to
 * `LocalUpload/<hash>/<folder>/` of the container with Shared Key, a few at
 * a time, and the task log hears how many files and bytes.
 *
 * @remarks
 *
 * What was uploaded stays when a later step fails: the path is named by the
 * files' hash, so the same code lands in the same place again, and `az ml`
 * leaves its uploads too. Only the code asset and the job are undone.
 *
 * @throws NotAllowedError when Azure refuses the user the account key, or
 *   the storage account the request; another `@backstage/errors` error
 *   naming the file for a failed upload.
 * @internal
 */
export async function uploadCodeFolder(options: {
  azure: UserAzure;
  workspace: ResolvedWorkspace;
  datastore: CodeDatastore;
  folder: CodeFolder;
  logger: LoggerService;
  /** Who the upload runs as, for the task log. */
  as: string;
  signal?: AbortSignal;
}): Promise<void> {
  const { azure, workspace, datastore, folder, logger } = options;
  const key = await readAccountKey(azure, workspace, datastore);
  const container = new BlobServiceClient(
    datastore.accountUrl,
    new StorageSharedKeyCredential(datastore.accountName, key),
    { retryOptions: RETRY_OPTIONS },
  ).getContainerClient(datastore.containerName);
  const prefix = codeUploadPrefix(folder);
  const uri = codeUploadUri(datastore, folder);
  const total = folder.files.length;
  logger.info(
    `Uploading ${total} files (${formatBytes(folder.totalBytes)}) from ${
      folder.codePath
    } to datastore ${datastore.name} (${uri}) as ${options.as}`,
  );

  let next = 0;
  let done = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < total) {
      const file = folder.files[next++];
      try {
        await uploadFile(
          container,
          `${prefix}/${file.path}`,
          file,
          options.signal,
        );
      } catch (error) {
        failure ??= error;
        return;
      }
      done++;
      logger.debug(
        `Uploaded ${file.path} (${formatBytes(file.content.length)})`,
      );
      if (done % PROGRESS_EVERY === 0 && done < total) {
        logger.info(`Uploaded ${done} of ${total} files`);
      }
    }
  };
  // A failure stops new uploads; those under way finish before it is thrown.
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, total) }, worker),
  );
  if (failure !== undefined) throw failure;
  logger.info(
    `Uploaded ${total} files (${formatBytes(folder.totalBytes)}) to ${uri}`,
  );
}
