/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { screenshot, signInAs } from './portalSession';

const BOB_OBJECT_ID = '22222222-0000-4000-8000-000000000002';

test('Bob signs in with Microsoft and finds the people Graph ingested', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Bob Builder');

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog/);
  await expect(
    page.getByRole('heading', { name: 'Catalog', level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Azure ML for Backstage Catalog' }),
  ).toBeVisible();

  // The catalog lists the users and groups ingested from (emulated) Graph,
  // by their Entra display names.
  await page.goto('/catalog?filters[kind]=group&filters[user]=all');
  await expect(page.getByRole('link', { name: 'team-vision' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Contoso ML' })).toBeVisible();
  await page.goto('/catalog?filters[kind]=user&filters[user]=all');
  await expect(page.getByRole('link', { name: 'Bob Builder' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alice Admin' })).toBeVisible();

  // The Azure ML estate, ingested with the portal's service identity: each
  // workspace is a System, titled with its friendly name and owned by the
  // team its `owner` tag names.
  await page.goto('/catalog?filters[kind]=system&filters[user]=all');
  const vision = page.getByRole('row', {
    name: /^Computer vision team-vision/,
  });
  await expect(vision).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole('row', { name: /^Fabrikam research fabrikam-research/ }),
  ).toBeVisible();

  await screenshot(page, testInfo, 'catalog');

  // Settings show who signed in: his Entra profile and his catalog user.
  await page.goto('/settings');
  await expect(page.getByText('Bob Builder').first()).toBeVisible();
  await expect(
    page.getByText('bob@contoso.onmicrosoft.com').first(),
  ).toBeVisible();

  // The workspace's Azure ML tab lists its jobs, read from Azure as Bob.
  await page.goto('/catalog/default/system/mlw-vision/azure-ml');
  await expect(page.getByText('Jobs in mlw-vision')).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByRole('columnheader', { name: 'Experiment' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /\S/ }).first()).toBeVisible();
  await screenshot(page, testInfo, 'workspace-jobs');
  // Filters live in the URL, so a view can be shared.
  await page.goto(
    '/catalog/default/system/mlw-vision/azure-ml?status=Completed',
  );
  await expect(page.getByText('Jobs in mlw-vision')).toBeVisible();
  await expect(page.getByText('Completed').first()).toBeVisible();

  // The Azure ML page calls Azure as Bob: the portal API token his sign-in
  // yields is exchanged on his behalf.
  await page.goto('/azure-ml');
  await expect(page.getByText(BOB_OBJECT_ID)).toBeVisible();
  await expect(page.getByText('delegated', { exact: true })).toBeVisible();
});

test('the backend is ready and logged no errors', async ({ request }) => {
  const readiness = await request.get(
    'http://localhost:7007/.backstage/health/v1/readiness',
  );
  expect(readiness.status()).toBe(200);

  test.skip(
    !!process.env.PLAYWRIGHT_URL,
    'the portal was started elsewhere, so its log is not here to read',
  );
  // Lines look like "<timestamp> <plugin> error <message>" once colours are
  // stripped; the frontend bundler reports "ERROR in ...".
  const log = readFileSync(process.env.PORTAL_LOG_FILE!, 'utf8').replace(
    // eslint-disable-next-line no-control-regex
    /\u001b\[[0-9;]*m/g,
    '',
  );
  const errors = log
    .split('\n')
    .filter(line => /^\S+Z \S+ error\b|^ERROR\b|\[ERROR\]/.test(line));
  expect(errors).toEqual([]);
});
