/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { accessSync, constants, statSync } from 'node:fs';

/**
 * Why a token file a service identity reads cannot be read, if it cannot:
 * it does not exist, is not a file, or this process may not read it.
 *
 * @internal
 */
export function tokenFileProblems(mode: string, file: string): Error[] {
  try {
    if (!statSync(file).isFile()) {
      return [
        new Error(
          `mode '${mode}' reads tokenFilePath ${file}, which is not a file`,
        ),
      ];
    }
    accessSync(file, constants.R_OK);
    return [];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [
      new Error(
        code === 'ENOENT'
          ? `mode '${mode}' reads tokenFilePath ${file}, which does not exist; check the volume that projects it`
          : `mode '${mode}' cannot read tokenFilePath ${file} (${code}); check the file's permissions`,
      ),
    ];
  }
}
