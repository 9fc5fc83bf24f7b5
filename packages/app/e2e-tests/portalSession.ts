/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { expect, type Page, type TestInfo } from '@playwright/test';

/** The Azure ML tab of the Computer vision workspace's catalog entity. */
export const VISION_TAB = '/catalog/default/system/mlw-vision/azure-ml';

/** Signs in on the sign-in page through the emulator's account picker. */
export async function signInAs(page: Page, account: string) {
  await page.goto('/');
  await expect(page.getByText('Azure ML for Backstage').first()).toBeVisible();
  await expect(page.getByText('Microsoft', { exact: true })).toBeVisible();
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign In' }).click();
  const popup = await popupOpened;
  // The emulator's sign-in page (http://localhost:7480), as Entra's would be.
  await expect(
    popup.getByRole('heading', { name: 'Sign in to Contoso ML' }),
  ).toBeVisible();
  await popup.getByRole('button', { name: new RegExp(account) }).click();
  await popup.waitForEvent('close');
}

/** Saves a full-page screenshot as a test artifact. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** How many points a metric chart draws, from its `data-points`. */
export async function chartPoints(page: Page, metric: string): Promise<number> {
  const value = await page
    .getByTestId(`metric-chart-${metric}`)
    .getAttribute('data-points');
  return Number(value);
}

/**
 * Opens a job of mlw-vision by its display name from the jobs list (job
 * names are generated ids) and returns the job page's path.
 */
export async function openVisionJob(
  page: Page,
  displayName: string,
): Promise<string> {
  await page.goto(`${VISION_TAB}/jobs`);
  await page.getByRole('link', { name: displayName, exact: true }).click();
  await expect(page).toHaveURL(/\/azure-ml\/jobs\/[^/?]+$/);
  return new URL(page.url()).pathname;
}
