/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import path from 'node:path';

/** This package's folder (fixtures/ and demo/ live there), in source and builds alike. */
export const PACKAGE_ROOT = path.dirname(
  require.resolve('@internal/azure-emulator/package.json'),
);

/** Resolves a path inside this package. */
export function packagePath(...segments: string[]): string {
  return path.join(PACKAGE_ROOT, ...segments);
}
