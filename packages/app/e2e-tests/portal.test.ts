/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';

test('a person signs in and opens the catalog', async ({ page }, testInfo) => {
  await page.goto('/');

  await expect(page.getByText('Azure ML for Backstage').first()).toBeVisible();
  await page.getByRole('button', { name: 'Enter' }).click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();

  await expect(page).toHaveURL(/\/catalog/);
  await expect(
    page.getByRole('heading', { name: 'Catalog', level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Azure ML for Backstage Catalog' }),
  ).toBeVisible();

  // The table lists what the backend ingested: the signed-in guest's group.
  await page.goto('/catalog?filters[kind]=group');
  await expect(page.getByRole('link', { name: 'guests' })).toBeVisible();

  await page.screenshot({
    path: testInfo.outputPath('catalog.png'),
    fullPage: true,
  });
  await testInfo.attach('catalog', {
    path: testInfo.outputPath('catalog.png'),
    contentType: 'image/png',
  });
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
