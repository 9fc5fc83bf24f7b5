/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { z as zod } from 'zod/v3';

type Zod = typeof zod;

/**
 * The input of `publish:local-git`.
 *
 * @internal
 */
export const publishLocalGitInput = (z: Zod) =>
  z.object({
    repoName: z
      .string()
      .describe(
        'The repository to create, <owner>/<name> (e.g. contoso/churn-model); it must not exist',
      ),
    sourcePath: z
      .string()
      .default('.')
      .describe(
        'The folder of the task workspace to commit, relative to it; the whole workspace by default',
      ),
    defaultBranch: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/, {
        message: 'must be a branch name',
      })
      .default('main')
      .describe('The branch of the first commit, and the repository HEAD'),
    gitCommitMessage: z
      .string()
      .min(1)
      .max(1000)
      .default('Initial commit')
      .describe('The message of the first commit'),
    gitAuthorName: z
      .string()
      .max(200)
      .optional()
      .describe(
        'The author of the first commit; the user who runs the template by default',
      ),
    gitAuthorEmail: z
      .string()
      .max(320)
      .optional()
      .describe(
        'The email of the first commit; the user who runs the template by default',
      ),
  });

/**
 * The output of `publish:local-git`.
 *
 * @internal
 */
export const publishLocalGitOutput = (z: Zod) =>
  z.object({
    remoteUrl: z.string().describe('The URL to git clone the repository'),
    repoContentsUrl: z
      .string()
      .describe(
        "The URL a file's raw content is under: <repoContentsUrl>/<path>, e.g. for catalog:register's catalogInfoUrl",
      ),
    repoUrl: z.string().describe("The repository's page"),
    commitHash: z.string().describe('The first commit (empty in a dry run)'),
  });
