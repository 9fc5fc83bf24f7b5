/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, Response } from 'express';
import Router from 'express-promise-router';
import { NotFoundError } from '@backstage/errors';
import type { LocalGitRepositories } from '../LocalGitRepositories';
import {
  formatRepositoryName,
  isRef,
  isRepositoryName,
  isRepositoryPath,
  type RepositoryName,
} from '../repositoryNames';
import { repositoryUrls } from '../repositoryUrls';
import { renderRepositoryPage } from './repositoryPage';

// The files git's "dumb" HTTP protocol fetches; nothing else of a bare
// repository (config, hooks) is served.
const CLONE_FILE =
  /^(?:HEAD|info\/refs|objects\/info\/packs|objects\/[0-9a-f]{2}\/[0-9a-f]{38}|objects\/pack\/pack-[0-9a-f]{40}\.(?:pack|idx))$/;

async function existingRepository(
  repos: LocalGitRepositories,
  owner: string,
  name: string,
): Promise<RepositoryName> {
  const repo = { owner, name };
  if (!isRepositoryName(owner, name) || !(await repos.exists(repo))) {
    throw new NotFoundError(`No repository ${owner}/${name}`);
  }
  return repo;
}

/**
 * Read-only HTTP access to the local git host: a page per repository, raw
 * files (`/<owner>/<name>/raw/<ref>/<path>`, what the catalog reads) and
 * `git clone <base>/<owner>/<name>.git` over the dumb protocol.
 */
export function createRouter(options: {
  repositories: LocalGitRepositories;
  baseUrl: string;
}) {
  const { repositories: repos, baseUrl } = options;
  const router = Router();

  router.get('/repositories', async (_req, res) => {
    const list = await repos.list();
    res.json({
      repositories: list.map(repo => ({
        fullName: formatRepositoryName(repo),
        ...repositoryUrls(baseUrl, repo, 'main'),
      })),
    });
  });

  router.get(
    /^\/([^/]+)\/([^/]+)\.git\/(.+)$/,
    async (req: Request, res: Response) => {
      const {
        0: owner,
        1: name,
        2: file,
      } = req.params as Record<string, string>;
      const repo = await existingRepository(repos, owner, name);
      if (!CLONE_FILE.test(file)) {
        throw new NotFoundError(`No file ${file} in ${owner}/${name}.git`);
      }
      res.sendFile(file, {
        root: repos.gitDirOf(repo),
        headers: { 'Content-Type': 'application/octet-stream' },
      });
    },
  );

  router.get('/:owner/:name/raw/:ref/*', async (req, res) => {
    const { owner, name, ref } = req.params;
    const path = (req.params as Record<string, string>)[0];
    const repo = await existingRepository(repos, owner, name);
    const content =
      isRef(ref) && isRepositoryPath(path)
        ? await repos.readFile(repo, ref, path)
        : undefined;
    if (!content) {
      throw new NotFoundError(`No file ${path} at ${ref} in ${owner}/${name}`);
    }
    // Always as text or bytes, never as a page of the backend's origin.
    res
      .type(content.includes(0) ? 'application/octet-stream' : 'text/plain')
      .send(content);
  });

  router.get('/:owner/:name', async (req, res) => {
    const { owner, name } = req.params;
    const repo = await existingRepository(repos, owner, name);
    const branch = await repos.defaultBranch(repo);
    const urls = repositoryUrls(baseUrl, repo, branch);
    res.type('html').send(
      renderRepositoryPage({
        fullName: formatRepositoryName(repo),
        branch,
        cloneUrl: urls.cloneUrl,
        rawBaseUrl: urls.repoContentsUrl,
        commit: await repos.lastCommit(repo, branch),
        files: await repos.listFiles(repo, branch),
      }),
    );
  });

  return router;
}
