/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import {
  VISION_TAB,
  chartPoints,
  openVisionJob,
  screenshot,
  signInAs,
} from './portalSession';

// The demo estate (packages/azure-emulator/demo): in mlw-vision,
// defect-detection-12 is running and logs about a step a second;
// resnet-finetune-1 and -3 are finished runs of one experiment;
// resnet-finetune-5 registered defect-classifier version 3, which the
// endpoint defect-classifier serves from its "green" deployment (90/10
// blue/green).
const RUNNING_JOB = 'defect-detection-12';

test.describe.configure({ timeout: 240_000 });

test('Alice works through a workspace: jobs, a live run, a comparison, lineage and a traffic shift', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Alice Admin');

  // Jobs, filtered through the UI; the filter lands in the URL.
  await page.goto(`${VISION_TAB}/jobs`);
  await expect(page.getByText('Jobs in mlw-vision')).toBeVisible();
  await page.locator('#azure-ml-job-status').click();
  await page.getByRole('option', { name: 'Running', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=Running/);
  const runningLink = page.getByRole('link', {
    name: RUNNING_JOB,
    exact: true,
  });
  await expect(runningLink).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'resnet-finetune-1', exact: true }),
  ).toHaveCount(0);
  await screenshot(page, testInfo, 'alice-jobs-running');

  // The running job's loss chart grows while she watches.
  await runningLink.click();
  await expect(page).toHaveURL(/\/azure-ml\/jobs\/[^/?]+$/);
  await expect(page.getByText(RUNNING_JOB).first()).toBeVisible();
  await expect(page.getByTestId('metric-chart-loss')).toBeVisible();
  const before = await chartPoints(page, 'loss');
  expect(before).toBeGreaterThan(0);
  await expect
    .poll(() => chartPoints(page, 'loss'), { timeout: 60_000 })
    .toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: 'Cancel job' })).toBeEnabled();
  await screenshot(page, testInfo, 'alice-running-job');

  // Two finished runs of one experiment, compared.
  await page.goto(`${VISION_TAB}/jobs?experiment=resnet-finetune`);
  for (const name of ['resnet-finetune-1', 'resnet-finetune-3']) {
    await page
      .getByRole('row', { name: new RegExp(`${name}\\b`) })
      .getByRole('checkbox')
      .check();
  }
  await page.getByRole('button', { name: 'Compare the selected runs' }).click();
  await expect(page).toHaveURL(/\/compare\?jobs=/);
  const comparison = page.getByRole('table', {
    name: 'Parameters and final metrics',
  });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByText('resnet-finetune-1')).toBeVisible();
  await expect(comparison.getByText('resnet-finetune-3')).toBeVisible();
  await expect(page.getByTestId('metric-chart-loss')).toBeVisible();
  await screenshot(page, testInfo, 'alice-compare');

  // A model version's lineage: the job that trained it, its data, and the
  // endpoint that serves it.
  await page.getByRole('tab', { name: 'Models' }).click();
  await page
    .getByRole('link', { name: 'defect-classifier', exact: true })
    .first()
    .click();
  await page.getByRole('link', { name: '3', exact: true }).click();
  const lineage = page.getByTestId('model-lineage');
  await expect(lineage.getByText('defect-images').first()).toBeVisible();
  await expect(
    lineage.getByRole('link', { name: /defect-classifier/ }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'alice-model-lineage');
  // From the lineage to the data the job trained on...
  await lineage.getByRole('link', { name: 'training_data' }).click();
  await expect(page).toHaveURL(/\/azure-ml\/data$/);
  await expect(
    page.getByRole('cell', { name: 'defect-images' }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'alice-data');
  // ...and to the job that produced the version.
  await page.goBack();
  await page
    .getByTestId('model-lineage')
    .getByRole('link', { name: 'resnet-finetune-5', exact: true })
    .click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  await expect(page.getByText('resnet-finetune-5').first()).toBeVisible();

  // Traffic shifted from blue/green 90/10 to 50/50, applied by Azure.
  await page.goto(`${VISION_TAB}/endpoints/defect-classifier`);
  await page.getByRole('button', { name: 'Shift traffic' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Traffic to blue (%)').fill('60');
  await expect(dialog.getByText(/add up to 70%/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await dialog.getByLabel('Traffic to blue (%)').fill('50');
  await dialog.getByLabel('Traffic to green (%)').fill('50');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(
    page.getByRole('img', { name: /Traffic: blue 50%, green 50%/ }),
  ).toBeVisible();
  // Applied in Azure, not only on the page: read again from scratch.
  await page.reload();
  await expect(
    page.getByRole('img', { name: /Traffic: blue 50%, green 50%/ }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'alice-endpoint-traffic');

  // The audit log has her traffic shift: initiated before Azure was called,
  // then succeeded; the chain verifies; the events export as NDJSON.
  await page.goto('/azure-ml/audit?action=endpoint.traffic.update');
  await expect(page.getByText(/Chain verified: \d+ events?/)).toBeVisible();
  const rows = page.getByTestId('audit-row');
  await expect(rows.filter({ hasText: /succeeded/i }).first()).toBeVisible();
  await expect(rows.filter({ hasText: /initiated/i }).first()).toBeVisible();
  await expect(rows.first()).toContainText('alice');
  await screenshot(page, testInfo, 'alice-audit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export NDJSON' }).click();
  const saved = await (await download).path();
  const exported = readFileSync(saved, 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line));
  expect(exported.map(event => event.outcome)).toEqual(
    expect.arrayContaining(['initiated', 'succeeded']),
  );
  expect(
    exported.every(event => event.action === 'endpoint.traffic.update'),
  ).toBe(true);

  // The workspace's overview shows the same activity.
  await page.goto('/catalog/default/system/mlw-vision');
  const activity = page.getByRole('region', { name: 'Activity' });
  await expect(activity.getByText(/traffic/i).first()).toBeVisible();
  await screenshot(page, testInfo, 'alice-workspace-activity');

  await page.goto(`${VISION_TAB}/computes`);
  await expect(page.getByText('gpu-cluster').first()).toBeVisible();
  await screenshot(page, testInfo, 'alice-compute');

  // The hub lists every workspace she can see, linked into the catalog.
  await page.goto('/azure-ml');
  await expect(
    page.getByRole('link', { name: 'Computer vision', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/running/).first()).toBeVisible();
  await screenshot(page, testInfo, 'alice-hub');
});

// Carol is a Reader of rg-vision in Azure and, outside team-vision, a
// viewer in the portal's project roles: the permission policy refuses first.
test('Carol, a viewer of the workspace, sees cancel and traffic disabled with the reason', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Carol Chen');

  await openVisionJob(page, RUNNING_JOB);
  await expect(page.getByTestId('metric-chart-loss')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
  await expect(
    page.getByRole('note').filter({
      hasText: "Backstage permission policy denied 'azureMl.job.cancel'",
    }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'carol-job-cancel-disabled');

  await page.goto(`${VISION_TAB}/endpoints/defect-classifier`);
  await expect(
    page.getByRole('button', { name: 'Shift traffic' }),
  ).toBeDisabled();
  await expect(
    page.getByRole('note').filter({
      hasText:
        "Backstage permission policy denied 'azureMl.endpoint.traffic.update'",
    }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'carol-endpoint-traffic-disabled');

  // The same page in the dark theme, as a user who picked it in Settings.
  await page.evaluate(() => window.localStorage.setItem('theme', 'dark'));
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-theme-mode', 'dark');
  await expect(
    page.getByRole('img', { name: /^Traffic: / }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'carol-endpoint-dark');
});
