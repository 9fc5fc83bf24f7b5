/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { UserEntity } from '@backstage/catalog-model';
import type { CommitAuthor } from '../LocalGitRepositories';

const FALLBACK: CommitAuthor = {
  name: 'Backstage Scaffolder',
  email: 'scaffolder@backstage.invalid',
};

/**
 * Who the first commit is by: the given name and email, else the user who
 * runs the template (their catalog profile), else the scaffolder.
 */
export function commitAuthor(
  input: { gitAuthorName?: string; gitAuthorEmail?: string },
  user: UserEntity | undefined,
): CommitAuthor {
  const profile = user?.spec?.profile;
  return {
    name:
      input.gitAuthorName ??
      profile?.displayName ??
      user?.metadata.name ??
      FALLBACK.name,
    email: input.gitAuthorEmail ?? profile?.email ?? FALLBACK.email,
  };
}
