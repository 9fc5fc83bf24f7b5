/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readdir } from 'node:fs/promises';
import { publishHarness } from '../__testUtils__/publishHarness';

const FILES = {
  'catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\n',
  'src/train.py': 'print("train")\n',
  '.gitignore': '*.log\n',
  'debug.log': 'not committed\n',
};

const ALICE = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'alice' },
  spec: {
    profile: { displayName: 'Alice Adams', email: 'alice@contoso.test' },
  },
};

describe('publish:local-git', () => {
  it('creates the repository with one commit of the workspace, by the user', async () => {
    const { repositories, run } = await publishHarness();
    const { outputs, error } = await run(
      { repoName: 'contoso/churn-model' },
      { files: FILES, user: ALICE },
    );
    expect(error).toBeUndefined();
    const base = 'http://localhost:7007/api/local-git/contoso/churn-model';
    expect(outputs).toEqual({
      remoteUrl: `${base}.git`,
      repoUrl: base,
      repoContentsUrl: `${base}/raw/main`,
      commitHash: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const repo = { owner: 'contoso', name: 'churn-model' };
    expect((await repositories.listFiles(repo, 'main')).sort()).toEqual([
      '.gitignore',
      'catalog-info.yaml',
      'src/train.py',
    ]);
    expect(
      (await repositories.readFile(repo, 'main', 'src/train.py'))?.toString(),
    ).toBe('print("train")\n');
    expect(await repositories.lastCommit(repo, 'main')).toEqual({
      hash: outputs.commitHash,
      subject: 'Initial commit',
      author: 'Alice Adams',
      date: expect.any(String),
    });
  });

  it('commits a sub-folder on the chosen branch, by the given author', async () => {
    const { repositories, run } = await publishHarness();
    const { outputs, error } = await run(
      {
        repoName: 'datasets/images',
        sourcePath: 'src',
        defaultBranch: 'trunk',
        gitAuthorName: 'CI Bot',
        gitCommitMessage: 'Add the dataset',
      },
      { files: FILES },
    );
    expect(error).toBeUndefined();
    const repo = { owner: 'datasets', name: 'images' };
    expect(outputs.repoContentsUrl).toMatch(/\/datasets\/images\/raw\/trunk$/);
    expect(await repositories.listFiles(repo, 'trunk')).toEqual(['train.py']);
    expect(await repositories.defaultBranch(repo)).toBe('trunk');
    expect(await repositories.lastCommit(repo, 'trunk')).toMatchObject({
      subject: 'Add the dataset',
      author: 'CI Bot',
    });
  });

  it('refuses a repository that exists, and keeps it as it was', async () => {
    const { repositories, run } = await publishHarness();
    const first = await run({ repoName: 'contoso/churn' }, { files: FILES });
    const second = await run(
      { repoName: 'contoso/churn' },
      { files: { 'other.txt': 'x' } },
    );
    expect(second.error?.name).toBe('ConflictError');
    expect(second.error?.message).toBe(
      'Repository contoso/churn already exists; choose another name',
    );
    const repo = { owner: 'contoso', name: 'churn' };
    expect((await repositories.lastCommit(repo, 'main')).hash).toBe(
      first.outputs.commitHash,
    );
  });

  it.each([
    ['no owner', 'churn', /must be <owner>\/<name>/],
    ['a parent folder', '../etc', /must be <owner>\/<name>/],
    ['three segments', 'a/b/c', /must be <owner>\/<name>/],
    ['a .git ending', 'contoso/churn.git', /must be <owner>\/<name>/],
    ['a space', 'contoso/my repo', /must be <owner>\/<name>/],
  ])(
    'refuses a repository name with %s, writing nothing',
    async (_, repoName, message) => {
      const { root, run } = await publishHarness();
      const { error } = await run({ repoName }, { files: FILES });
      expect(error?.name).toBe('InputError');
      expect(error?.message).toMatch(message);
      expect(await readdir(root)).toEqual([]);
    },
  );

  it('refuses a bad branch name, writing nothing', async () => {
    const { root, run } = await publishHarness();
    const { error } = await run(
      { repoName: 'contoso/churn', defaultBranch: '-x' },
      { files: FILES },
    );
    expect(error?.message).toBe(
      'Invalid input for publish:local-git: defaultBranch: must be a branch name',
    );
    expect(await readdir(root)).toEqual([]);
  });

  it.each([
    ['outside the workspace', '../..'],
    ['missing', 'no-such-folder'],
  ])('refuses a source folder %s, writing nothing', async (_, sourcePath) => {
    const { root, run } = await publishHarness();
    const { error } = await run(
      { repoName: 'contoso/churn', sourcePath },
      { files: FILES },
    );
    expect(error?.name).toBe('InputError');
    expect(error?.message).toContain(`sourcePath "${sourcePath}"`);
    expect(await readdir(root)).toEqual([]);
  });

  it('writes nothing in a dry run, and says where it would publish', async () => {
    const { root, run } = await publishHarness();
    const { outputs, error, logger } = await run(
      { repoName: 'contoso/churn' },
      { files: FILES, isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs).toMatchObject({
      remoteUrl: 'http://localhost:7007/api/local-git/contoso/churn.git',
      commitHash: '',
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Dry run: would create repository contoso/churn'),
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the half-made repository when the commit fails', async () => {
    const { root, run } = await publishHarness();
    // An empty workspace: git refuses to commit nothing.
    const { error } = await run({ repoName: 'contoso/empty' }, { files: {} });
    expect(error?.message).toMatch(/^git commit failed/);
    expect(await readdir(`${root}/contoso`)).toEqual([]);
  });
});
