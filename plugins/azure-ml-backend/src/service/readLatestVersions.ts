/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** An asset container as ARM lists it: its name and latest version. */
type AssetContainer = {
  name?: string;
  properties: { latestVersion?: string };
};

/**
 * Reads the latest version of each listed container, in parallel (one ARM
 * read each); containers without a version yet are left out.
 *
 * @internal
 */
export function readLatestVersions<T>(
  containers: AssetContainer[],
  readVersion: (name: string, version: string) => Promise<T>,
): Promise<T[]> {
  return Promise.all(
    containers
      .filter(container => container.properties.latestVersion)
      .map(container =>
        readVersion(container.name ?? '', container.properties.latestVersion!),
      ),
  );
}
