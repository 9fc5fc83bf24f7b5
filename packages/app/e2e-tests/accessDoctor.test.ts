/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { test, expect } from '@playwright/test';
import { screenshot, signInAs } from './portalSession';

// The demo estate (packages/azure-emulator/demo) and app-config.yaml: Bob
// Builder is an AzureML Data Scientist on rg-vision through team-vision, but
// only a Reader on rg-nlp, assigned to him directly, to reuse team-nlp's
// datasets; in the portal's project roles he is a developer of what
// team-vision owns and a viewer elsewhere. So in mlw-nlp ("Language") he sees
// the running jobs but may not cancel them, and both locks refuse: the access
// doctor names each, and what to grant.
const NLP_TAB = '/catalog/default/system/mlw-nlp/azure-ml';
const NLP_WORKSPACE_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-nlp/providers/Microsoft.MachineLearningServices/workspaces/mlw-nlp';
const NLP_ENTITY_REF = 'system:default/mlw-nlp';
const VISION_WORKSPACE_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';
const CANCEL_ACTION =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const CANCEL_PERMISSION = 'azureMl.job.cancel';

test.describe.configure({ timeout: 180_000 });

test('Bob, a Reader of mlw-nlp, follows a disabled Cancel to the access doctor, which names what is missing and the roles to ask for', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Bob Builder');

  // The workspace's Azure ML tab in the catalog: its running jobs, read as Bob.
  await page.goto(`${NLP_TAB}/jobs?status=Running`);
  const runningRow = page
    .locator('table tbody tr')
    .filter({ hasText: 'Running' })
    .first();
  await runningRow.locator('a[href*="/azure-ml/jobs/"]').first().click();
  await expect(page).toHaveURL(/\/azure-ml\/jobs\/[^/?]+$/);

  // Cancel is disabled; the note names the first lock's refusal.
  await expect(page.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
  await expect(
    page.getByRole('note').filter({
      hasText: `Backstage permission policy denied '${CANCEL_PERMISSION}'`,
    }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'bob-nlp-job-cancel-disabled');

  // The note's link opens the doctor with the workspace, permission and entity.
  await page
    .getByRole('link', { name: 'Diagnose with the access doctor' })
    .click();
  await expect(page).toHaveURL(/\/azure-ml\/access-doctor\?/);
  const query = new URL(page.url()).searchParams;
  expect(query.get('workspace')).toBe(NLP_WORKSPACE_ID);
  expect(query.get('action')).toBe(CANCEL_PERMISSION);
  expect(query.get('scope')).toBe(NLP_ENTITY_REF);
  await expect(
    page.getByRole('heading', { name: 'Access doctor', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'What was refused' }),
  ).toContainText(`Refused: ${CANCEL_PERMISSION} on ${NLP_ENTITY_REF}`);

  // Backstage: the refused permission, and the project role that holds it.
  const backstage = page.getByTestId('access-check-backstage-permissions');
  await expect(backstage).toBeVisible({ timeout: 60_000 });
  await expect(backstage.getByTestId('access-check-verdict')).toHaveAttribute(
    'data-verdict',
    'fail',
  );
  await expect(
    backstage.getByRole('table', { name: 'Portal features' }),
  ).toContainText('the refused action');
  await expect(
    backstage.getByRole('region', { name: 'How to fix' }),
  ).toContainText("the project role 'developer'");

  // Azure: the missing action of cancelling...
  const azure = page.getByTestId('access-check-azure-permissions');
  const verdict = azure.getByTestId('access-check-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'fail');
  await expect(verdict).toHaveText('Fail');
  await expect(
    azure.getByRole('table', { name: 'Portal features' }),
  ).toContainText(CANCEL_ACTION);

  // ...and how to fix it: AzureML Data Scientist on the workspace, with the
  // az command to run.
  const role = azure.getByRole('region', { name: 'Role to grant' });
  await expect(role).toContainText('AzureML Data Scientist');
  await expect(role).toContainText(NLP_WORKSPACE_ID);
  await expect(
    azure.getByRole('region', { name: 'Azure CLI command' }),
  ).toContainText('az role assignment create');
  await screenshot(page, testInfo, 'bob-access-doctor');
});

test('Alice sees who can do what in mlw-vision: project roles beside Azure roles, drift flagged, and the advisor', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Alice Admin');
  await page.goto(
    `/azure-ml/access-map?workspace=${encodeURIComponent(VISION_WORKSPACE_ID)}`,
  );
  // Bob and Frank develop in team-vision's workspace, as data scientists.
  const bob = page.locator('tr').filter({ hasText: 'Bob Builder' }).first();
  await expect(bob).toContainText('developer', { timeout: 60_000 });
  await expect(bob).toContainText('AzureML Data Scientist');
  // Frank's Compute Operator role is more than a developer needs.
  const frank = page.locator('tr').filter({ hasText: 'Frank' }).first();
  await expect(frank).toContainText('AzureML Compute Operator');
  await expect(frank).toContainText(
    'More Azure rights than the project role needs',
  );
  await expect(
    page.getByRole('region', { name: 'Least-privilege advisor' }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'alice-access-map');
});
