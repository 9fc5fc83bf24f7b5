/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RepositoryName } from './repositoryNames';

/** Where a repository of the local git host is reached over HTTP. */
export type RepositoryUrls = {
  /** The repository's page. */
  repoUrl: string;
  /** `git clone` this. */
  cloneUrl: string;
  /** A file's raw content is at `<repoContentsUrl>/<path>`. */
  repoContentsUrl: string;
};

/** The URLs of `repo` under the local git host's base URL, for `branch`. */
export function repositoryUrls(
  baseUrl: string,
  repo: RepositoryName,
  branch: string,
): RepositoryUrls {
  const repoUrl = `${baseUrl}/${repo.owner}/${repo.name}`;
  return {
    repoUrl,
    cloneUrl: `${repoUrl}.git`,
    repoContentsUrl: `${repoUrl}/raw/${branch}`,
  };
}
