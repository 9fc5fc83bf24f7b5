/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { LoggerService } from '@backstage/backend-plugin-api';
import type { CodeDatastore } from './codeDatastore';
import { formatBytes, type CodeFolder } from './codeFolder';

/** How many files a dry run names one by one. */
const LISTED_FILES = 100;

/**
 * Tells the task log what a run would upload from a code folder, file by
 * file (the first {@link LISTED_FILES}), and where to; nothing is uploaded
 * and no account key is read.
 *
 * @internal
 */
export function logDryRunUpload(
  logger: LoggerService,
  upload: { folder: CodeFolder; datastore: CodeDatastore },
  codeUri: string,
): void {
  const { folder, datastore } = upload;
  logger.info(
    `Dry run: would upload ${folder.files.length} files (${formatBytes(
      folder.totalBytes,
    )}) from ${folder.codePath} to datastore ${datastore.name} (${codeUri}):`,
  );
  for (const file of folder.files.slice(0, LISTED_FILES)) {
    logger.info(`  ${file.path} (${formatBytes(file.content.length)})`);
  }
  if (folder.files.length > LISTED_FILES) {
    logger.info(`  … and ${folder.files.length - LISTED_FILES} more files`);
  }
}
