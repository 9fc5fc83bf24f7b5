/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RootConfigService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { git, runGit } from './git';
import {
  formatRepositoryName,
  isRepositoryName,
  type RepositoryName,
} from './repositoryNames';

/** Who a commit is by. */
export type CommitAuthor = { name: string; email: string };

/** What to commit as the first commit of a new repository. */
export type InitialCommit = {
  /** The folder whose files (all of them, `.gitignore` honoured) are committed. */
  sourceDir: string;
  branch: string;
  message: string;
  author: CommitAuthor;
};

/** The newest commit of a branch. */
export type CommitSummary = {
  hash: string;
  subject: string;
  author: string;
  date: string;
};

/**
 * The bare repositories of the local git host, `<root>/<owner>/<name>.git`,
 * written and read with the `git` command.
 */
export class LocalGitRepositories {
  constructor(readonly root: string) {}

  /** The configured host, or undefined when `localGit` is not configured. */
  static fromConfig(
    config: RootConfigService,
  ): LocalGitRepositories | undefined {
    if (!config.has('localGit')) return undefined;
    return new LocalGitRepositories(
      resolve(
        config.getOptionalString('localGit.root') ??
          join(tmpdir(), 'backstage-local-git'),
      ),
    );
  }

  gitDirOf(repo: RepositoryName): string {
    return join(this.root, repo.owner, `${repo.name}.git`);
  }

  async exists(repo: RepositoryName): Promise<boolean> {
    return stat(this.gitDirOf(repo)).then(
      s => s.isDirectory(),
      () => false,
    );
  }

  /**
   * Creates the repository with one commit of `commit.sourceDir` on
   * `commit.branch`, and makes it cloneable over plain HTTP. Removes what it
   * made when a step fails.
   *
   * @returns the commit's hash.
   * @throws ConflictError when the repository exists.
   */
  async create(repo: RepositoryName, commit: InitialCommit): Promise<string> {
    const gitDir = this.gitDirOf(repo);
    if (await this.exists(repo)) {
      throw new ConflictError(
        `Repository ${formatRepositoryName(
          repo,
        )} already exists; choose another name`,
      );
    }
    await mkdir(join(this.root, repo.owner), { recursive: true });
    // mkdir without `recursive` fails if another task created it meanwhile.
    await mkdir(gitDir).catch(() => {
      throw new ConflictError(
        `Repository ${formatRepositoryName(
          repo,
        )} already exists; choose another name`,
      );
    });
    try {
      await git([
        'init',
        '--bare',
        `--initial-branch=${commit.branch}`,
        gitDir,
      ]);
      const tree = [`--git-dir=${gitDir}`, `--work-tree=${commit.sourceDir}`];
      await git([...tree, 'add', '--all']);
      await git([...tree, 'commit', '--no-verify', '-m', commit.message], {
        GIT_AUTHOR_NAME: commit.author.name,
        GIT_AUTHOR_EMAIL: commit.author.email,
        GIT_COMMITTER_NAME: commit.author.name,
        GIT_COMMITTER_EMAIL: commit.author.email,
      });
      // The index was only needed to make the commit.
      await rm(join(gitDir, 'index'), { force: true });
      await git([`--git-dir=${gitDir}`, 'update-server-info']);
      return await git([`--git-dir=${gitDir}`, 'rev-parse', commit.branch]);
    } catch (error) {
      await rm(gitDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Every repository, by owner and name. */
  async list(): Promise<RepositoryName[]> {
    const owners = await readdir(this.root).catch(() => [] as string[]);
    const repos = await Promise.all(
      owners.map(async owner =>
        (
          await readdir(join(this.root, owner)).catch(() => [] as string[])
        )
          .filter(entry => entry.endsWith('.git'))
          .map(entry => ({ owner, name: entry.slice(0, -'.git'.length) }))
          .filter(r => isRepositoryName(r.owner, r.name)),
      ),
    );
    return repos.flat();
  }

  /** A file's content at `ref`, or undefined when there is no such file. */
  async readFile(
    repo: RepositoryName,
    ref: string,
    path: string,
  ): Promise<Buffer | undefined> {
    const result = await runGit([
      `--git-dir=${this.gitDirOf(repo)}`,
      'cat-file',
      'blob',
      `${ref}:${path}`,
    ]);
    return result.code === 0 ? result.stdout : undefined;
  }

  /** The paths of every file at `ref`. */
  async listFiles(repo: RepositoryName, ref: string): Promise<string[]> {
    const out = await git([
      `--git-dir=${this.gitDirOf(repo)}`,
      'ls-tree',
      '-r',
      '--name-only',
      '-z',
      ref,
    ]);
    return out.split('\0').filter(Boolean);
  }

  /** The newest commit on `ref`. */
  async lastCommit(repo: RepositoryName, ref: string): Promise<CommitSummary> {
    const out = await git([
      `--git-dir=${this.gitDirOf(repo)}`,
      'log',
      '-1',
      '--format=%H%x00%s%x00%an%x00%aI',
      ref,
    ]);
    const [hash, subject, author, date] = out.split('\0');
    return { hash, subject, author, date };
  }

  /** The branch `HEAD` points at. */
  async defaultBranch(repo: RepositoryName): Promise<string> {
    return git([
      `--git-dir=${this.gitDirOf(repo)}`,
      'symbolic-ref',
      '--short',
      'HEAD',
    ]);
  }
}
