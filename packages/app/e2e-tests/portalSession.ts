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
