/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { stat } from 'node:fs/promises';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import type { LocalGitRepositories } from '../LocalGitRepositories';
import { formatRepositoryName, parseRepositoryName } from '../repositoryNames';
import { repositoryUrls } from '../repositoryUrls';
import { commitAuthor } from './commitAuthor';
import {
  publishLocalGitInput,
  publishLocalGitOutput,
} from './publishLocalGitSchema';

/**
 * The id of the action that publishes to the local git host.
 *
 * @public
 */
export const PUBLISH_LOCAL_GIT_ACTION_ID = 'publish:local-git';

const EXAMPLE = `steps:
  - id: publish
    name: Publish
    action: ${PUBLISH_LOCAL_GIT_ACTION_ID}
    input:
      repoName: contoso/\${{ parameters.name }}
  - id: register
    name: Register
    action: catalog:register
    input:
      catalogInfoUrl: \${{ steps.publish.output.repoContentsUrl }}/catalog-info.yaml`;

/**
 * The input with its defaults: the scaffolder checks the input against the
 * JSON schema made from the zod schema, but fills in no defaults.
 */
function parseInput(input: unknown) {
  const parsed = publishLocalGitInput(z).safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InputError(
    `Invalid input for ${PUBLISH_LOCAL_GIT_ACTION_ID}: ${parsed.error.issues
      .map(issue => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ')}`,
  );
}

async function sourceFolder(workspacePath: string, sourcePath: string) {
  let dir: string;
  try {
    dir = resolveSafeChildPath(workspacePath, sourcePath);
  } catch {
    throw new InputError(
      `sourcePath "${sourcePath}" must be a folder inside the task workspace`,
    );
  }
  if (
    !(await stat(dir).then(
      s => s.isDirectory(),
      () => false,
    ))
  ) {
    throw new InputError(
      `sourcePath "${sourcePath}" is not a folder of the task workspace`,
    );
  }
  return dir;
}

/**
 * `publish:local-git`: a new repository on the local git host with one
 * commit of the task workspace, as `publish:github` and friends do for a
 * real host.
 *
 * @internal
 */
export function createPublishLocalGitAction(options: {
  repositories: LocalGitRepositories;
  baseUrl: () => Promise<string>;
}) {
  const { repositories } = options;
  return createTemplateAction({
    id: PUBLISH_LOCAL_GIT_ACTION_ID,
    description:
      "Creates a repository on the backend's local git host (plain git, for the local default) with one commit of the task workspace, and outputs the URLs to clone it, browse it and read its files (catalog:register's catalogInfoUrl).",
    supportsDryRun: true,
    examples: [{ description: 'Publish and register', example: EXAMPLE }],
    schema: { input: publishLocalGitInput, output: publishLocalGitOutput },
    async handler(ctx) {
      const input = parseInput(ctx.input);
      const repo = parseRepositoryName(input.repoName);
      const fullName = formatRepositoryName(repo);
      const dir = await sourceFolder(ctx.workspacePath, input.sourcePath);
      const branch = input.defaultBranch;
      const urls = repositoryUrls(await options.baseUrl(), repo, branch);
      if (await repositories.exists(repo)) {
        throw new ConflictError(
          `Repository ${fullName} already exists; choose another name`,
        );
      }
      const output = (commitHash: string) => {
        ctx.output('remoteUrl', urls.cloneUrl);
        ctx.output('repoContentsUrl', urls.repoContentsUrl);
        ctx.output('repoUrl', urls.repoUrl);
        ctx.output('commitHash', commitHash);
      };
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create repository ${fullName} at ${urls.cloneUrl}; nothing was written`,
        );
        output('');
        return;
      }
      const author = commitAuthor(input, ctx.user?.entity);
      const commitHash = await repositories.create(repo, {
        sourceDir: dir,
        branch,
        message: input.gitCommitMessage,
        author,
      });
      ctx.logger.info(
        `Created repository ${fullName} with commit ${commitHash} on ${branch} by ${author.name}; clone it with git clone ${urls.cloneUrl}`,
      );
      output(commitHash);
    },
  });
}
