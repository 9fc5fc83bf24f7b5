/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { LocalGitRepositories } from './LocalGitRepositories';
import { git } from './git';
import { localGitPlugin } from './plugin';
import { temporaryFolder, writeFiles } from './__testUtils__/publishHarness';

const AUTHOR = { name: 'Alice Adams', email: 'alice@contoso.test' };

async function startHost() {
  const root = await temporaryFolder('local-git-root');
  const repositories = new LocalGitRepositories(root);
  const source = await temporaryFolder('local-git-source');
  await writeFiles(source, {
    'catalog-info.yaml': 'kind: Component\n',
    'src/train.py': 'print("<train>")\n',
  });
  const commit = await repositories.create(
    { owner: 'contoso', name: 'churn' },
    {
      sourceDir: source,
      branch: 'main',
      message: 'First <commit>',
      author: AUTHOR,
    },
  );
  const { server } = await startTestBackend({
    features: [
      localGitPlugin,
      mockServices.rootConfig.factory({ data: { localGit: { root } } }),
    ],
  });
  const { port } = server.address() as { port: number };
  return { commit, base: `http://localhost:${port}/api/local-git` };
}

describe('the local git host', () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  beforeAll(async () => {
    host = await startHost();
  });

  it('serves raw files without Backstage credentials, as the catalog reads them', async () => {
    const response = await fetch(
      `${host.base}/contoso/churn/raw/main/src/train.py`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('print("<train>")\n');
    const byCommit = await fetch(
      `${host.base}/contoso/churn/raw/${host.commit}/catalog-info.yaml`,
    );
    expect(await byCommit.text()).toBe('kind: Component\n');
  });

  it.each([
    ['a missing file', '/contoso/churn/raw/main/nope.yaml'],
    ['a missing branch', '/contoso/churn/raw/dev/catalog-info.yaml'],
    ['a parent folder', '/contoso/churn/raw/main/src/..%2F..%2Fconfig'],
    ['an option as ref', '/contoso/churn/raw/--output=x/catalog-info.yaml'],
    ['a missing repository', '/contoso/other/raw/main/catalog-info.yaml'],
    ['the bare repository config', '/contoso/churn.git/config'],
    ['a hook', '/contoso/churn.git/hooks/pre-commit.sample'],
  ])('answers 404 for %s', async (_, path) => {
    const response = await fetch(`${host.base}${path}`);
    expect(response.status).toBe(404);
  });

  it('shows a page with the clone command, the commit and escaped file links', async () => {
    const response = await fetch(`${host.base}/contoso/churn`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(`git clone ${host.base}/contoso/churn.git`);
    expect(page).toContain(host.commit);
    expect(page).toContain('First &lt;commit&gt;');
    expect(page).toContain(
      `<a href="${host.base}/contoso/churn/raw/main/src/train.py">src/train.py</a>`,
    );
    expect(page).not.toContain('<script');
  });

  it('lists the repositories', async () => {
    const response = await fetch(`${host.base}/repositories`);
    expect(await response.json()).toEqual({
      repositories: [
        {
          fullName: 'contoso/churn',
          repoUrl: `${host.base}/contoso/churn`,
          cloneUrl: `${host.base}/contoso/churn.git`,
          repoContentsUrl: `${host.base}/contoso/churn/raw/main`,
        },
      ],
    });
  });

  it('can be cloned with git over HTTP', async () => {
    const target = join(await temporaryFolder('local-git-clone'), 'churn');
    await git(['clone', '--quiet', `${host.base}/contoso/churn.git`, target]);
    expect(await readFile(join(target, 'src/train.py'), 'utf8')).toBe(
      'print("<train>")\n',
    );
    expect(await git([`--git-dir=${target}/.git`, 'rev-parse', 'HEAD'])).toBe(
      host.commit,
    );
  });
});
