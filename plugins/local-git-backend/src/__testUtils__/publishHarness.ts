/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { LocalGitRepositories } from '../LocalGitRepositories';
import { createPublishLocalGitAction } from '../scaffolder/createPublishLocalGitAction';

/** A fresh folder in the system's temporary folder. */
export function temporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${prefix}-`));
}

/** Writes `files` (path → content) below `root`. */
export async function writeFiles(root: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/**
 * `publish:local-git` over a fresh root folder, run with a task workspace
 * holding `files`; never throws, the error is returned.
 */
export async function publishHarness(
  baseUrl = 'http://localhost:7007/api/local-git',
) {
  const root = await temporaryFolder('local-git-root');
  const repositories = new LocalGitRepositories(root);
  const action = createPublishLocalGitAction({
    repositories,
    baseUrl: async () => baseUrl,
  });
  async function run(
    input: Record<string, unknown>,
    options: {
      files?: Record<string, string>;
      isDryRun?: boolean;
      user?: Record<string, unknown>;
    } = {},
  ) {
    const workspacePath = await temporaryFolder('local-git-task');
    await writeFiles(workspacePath, options.files ?? {});
    const outputs: Record<string, unknown> = {};
    const logger: LoggerService = mockServices.logger.mock();
    try {
      await action.handler({
        input,
        workspacePath,
        logger,
        output: (name: string, value: unknown) => {
          outputs[name] = value;
        },
        isDryRun: options.isDryRun,
        user: options.user
          ? { entity: options.user, ref: 'user:default/alice' }
          : undefined,
      } as any);
      return { outputs, logger };
    } catch (error) {
      return { outputs, logger, error: error as Error };
    }
  }
  return { root, repositories, run };
}
