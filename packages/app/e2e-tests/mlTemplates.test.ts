/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { test, expect, type Page } from '@playwright/test';
import { screenshot, signInAs } from './portalSession';

// The software templates (examples/templates), run through the portal's
// forms against the emulator's demo estate: mlw-vision ("Computer vision")
// has the compute gpu-cluster, the environment pytorch-vision-gpu and the
// folder data asset defect-images. Names are unique per run because the
// local git host keeps its repositories on disk.
test.describe.configure({ timeout: 300_000 });

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

/** Opens a field's autocomplete and picks the first option matching. */
async function pick(page: Page, field: RegExp, option: RegExp) {
  await page.getByRole('textbox', { name: field }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills the New ML experiment form's first two pages (project, workspace). */
async function fillExperimentForm(page: Page, name: string) {
  await page.goto('/create/templates/default/azure-ml-new-experiment');
  await page.getByRole('textbox', { name: /^Organization/ }).fill('contoso');
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page
    .getByRole('textbox', { name: /^Description/ })
    .fill('Finds scratches on parts.');
  await pick(page, /^Owner/, /team-vision/);
  await page.getByRole('button', { name: 'Next' }).click();
  await pick(page, /^Workspace/, /Computer vision/);
}

/** An output link of a finished task (a link around a button). */
function outputLink(page: Page, title: string) {
  return page
    .getByRole('link')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

/** The href of an output link. */
async function outputHref(page: Page, title: string): Promise<string> {
  const href = await outputLink(page, title).getAttribute('href');
  expect(href).toBeTruthy();
  return href!;
}

/** The audit page filtered to one action shows `who` succeeding at it. */
async function expectAudited(page: Page, action: string, who: RegExp) {
  await page.goto(`/azure-ml/audit?action=${action}`);
  await expect(page.getByText(/Chain verified: \d+ events?/)).toBeVisible();
  const rows = page.getByTestId('audit-row');
  await expect(
    rows
      .filter({ hasText: /succeeded/i })
      .filter({ hasText: who })
      .first(),
  ).toBeVisible();
  await expect(
    rows
      .filter({ hasText: /initiated/i })
      .filter({ hasText: who })
      .first(),
  ).toBeVisible();
}

test('Alice starts a new ML experiment from the template: repository, CI identity, first job, catalog component', async ({
  page,
  request,
}, testInfo) => {
  const name = unique('scratches');
  await signInAs(page, 'Alice Admin');
  await fillExperimentForm(page, name);
  await pick(page, /^Compute/, /gpu-cluster/);
  await pick(page, /^Environment/, /pytorch-vision-gpu/);
  await pick(page, /^Training data/, /defect-images/);
  await page.getByRole('button', { name: 'Next' }).click();
  // The CI identity defaults to the demo estate's vision-ci-mi.
  await page.getByRole('button', { name: 'Review' }).click();
  await screenshot(page, testInfo, 'experiment-review');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(outputLink(page, 'Open in catalog')).toBeVisible({
    timeout: 180_000,
  });
  await screenshot(page, testInfo, 'experiment-done');

  // The repository is real git on the backend's disk: its page, its files
  // (the CI workflow signs in with the federated identity, no secret).
  const repoUrl = await outputHref(page, 'Repository');
  expect(repoUrl).toBe(`http://localhost:7007/api/local-git/contoso/${name}`);
  const repoPage = await (await request.get(repoUrl)).text();
  expect(repoPage).toContain(`git clone ${repoUrl}.git`);
  expect(repoPage).toContain('train.py');
  expect(repoPage).toContain('.github/workflows/train.yml');
  const workflow = await (
    await request.get(`${repoUrl}/raw/main/.github/workflows/train.yml`)
  ).text();
  expect(workflow).toContain('id-token: write');
  expect(workflow).toContain('client-id: 66666666-0000-4000-8000-000000000002');
  expect(workflow).not.toMatch(/secrets\./);

  const studioUrl = await outputHref(page, 'The first job in Azure ML studio');
  expect(studioUrl).toContain(name);

  // The first job, in the portal, submitted as Alice with the uploaded code.
  await outputLink(page, 'The first job in the portal').click();
  await expect(page).toHaveURL(/\/azure-ml\/jobs\/[^/?]+$/);
  await expect(page.getByText('First training run').first()).toBeVisible();
  await expect(page.getByText(name).first()).toBeVisible();
  await screenshot(page, testInfo, 'experiment-job');

  // The component in the catalog, owned by the chosen group, in the
  // workspace's system.
  await page.goBack();
  await outputLink(page, 'Open in catalog').click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}`),
  );
  await expect(
    page.getByText('Finds scratches on parts.').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'team-vision' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'mlw-vision' }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'experiment-component');

  await expectAudited(page, 'identity.federate', /alice/);
  await expectAudited(page, 'job.submit', /alice/);
  await screenshot(page, testInfo, 'experiment-audit');
});

test('Alice registers a dataset from the template: the data asset and its catalog entity, owned by her group', async ({
  page,
}, testInfo) => {
  const name = unique('scratch-img');
  await signInAs(page, 'Alice Admin');
  await page.goto('/create/templates/default/azure-ml-register-dataset');
  await pick(page, /^Workspace/, /Computer vision/);
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await pick(page, /^Owner/, /team-vision/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('textbox', { name: /^Path in the datastore/ })
    .fill('images/scratches/');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(outputLink(page, 'Open in catalog')).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByText(`azureml:${name}:1`)).toBeVisible();
  await screenshot(page, testInfo, 'dataset-done');

  await outputLink(page, 'Open in catalog').click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/resource/mlw-vision-data-${name}`),
  );
  await expect(
    page.getByRole('link', { name: 'team-vision' }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'dataset-entity');

  await page.goBack();
  await outputLink(page, 'The dataset in the portal').click();
  await expect(page.getByText(name).first()).toBeVisible();
  await screenshot(page, testInfo, 'dataset-portal');

  await expectAudited(page, 'data.register', /alice/);
});

test('Carol, a viewer of the workspace, is stopped in the form with the reason, and nothing is created', async ({
  page,
  request,
}, testInfo) => {
  const name = unique('carol-exp');
  await signInAs(page, 'Carol Chen');
  await fillExperimentForm(page, name);
  const refusal = page.getByRole('alert').filter({
    hasText: 'You cannot run this template in mlw-vision',
  });
  // Outside team-vision her project role is viewer: the policy refuses first.
  await expect(refusal).toContainText(
    "Backstage permission policy denied 'azureMl.job.submit'",
  );
  await screenshot(page, testInfo, 'carol-experiment-refused');
  // The step does not let her on: no review, no Create.
  await pick(page, /^Compute/, /gpu-cluster/);
  await pick(page, /^Environment/, /pytorch-vision-gpu/);
  await pick(page, /^Training data/, /defect-images/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('textbox', { name: /^Workspace/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create' })).toHaveCount(0);

  await page.goto('/create/templates/default/azure-ml-register-dataset');
  await pick(page, /^Workspace/, /Computer vision/);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'You cannot run this template in mlw-vision' }),
  ).toContainText("Backstage permission policy denied 'azureMl.data.register'");
  await screenshot(page, testInfo, 'carol-dataset-refused');

  // Nothing was made: no repository, and no attempt in the audit log.
  const repos = await (
    await request.get('http://localhost:7007/api/local-git/repositories')
  ).json();
  expect(JSON.stringify(repos)).not.toContain(name);
  await page.goto('/azure-ml/audit?action=job.submit');
  await expect(page.getByText(/Chain verified: \d+ events?/)).toBeVisible();
  await expect(
    page.getByTestId('audit-row').filter({ hasText: /carol/i }),
  ).toHaveCount(0);
});

test('Alice deploys a model version blue/green from the template: a new deployment, then its share of traffic', async ({
  page,
}, testInfo) => {
  const deployment = `canary-${Date.now().toString(36)}`;
  await signInAs(page, 'Alice Admin');
  await page.goto('/create/templates/default/azure-ml-deploy-model-blue-green');
  await pick(page, /^Workspace/, /Computer vision/);
  await pick(page, /^Online endpoint/, /defect-classifier/);
  await page.getByRole('textbox', { name: /^New deployment/ }).fill(deployment);
  await page.getByRole('button', { name: 'Next' }).click();
  await pick(page, /^Model version/, /defect-classifier:3/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('spinbutton', { name: /^Share of traffic/ }).fill('20');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(outputLink(page, 'The endpoint in the portal')).toBeVisible({
    timeout: 180_000,
  });
  await screenshot(page, testInfo, 'deploy-done');

  await outputLink(page, 'The endpoint in the portal').click();
  await expect(
    page.getByRole('img', { name: new RegExp(`${deployment} 20%`) }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'deploy-endpoint');
  await expectAudited(page, 'endpoint.deployment.create', /alice/);
  await expectAudited(page, 'endpoint.traffic.update', /alice/);
});
