/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Where the portal's own output goes while the tests run; the tests read it
// (workers inherit this environment).
process.env.PORTAL_LOG_FILE ??= path.resolve('e2e-artifacts/portal.log');
const portalLogFile = process.env.PORTAL_LOG_FILE;

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The tests start the portal exactly as `npm start` does, unless pointed at a
// running one with PLAYWRIGHT_URL.
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'e2e-artifacts/test-output',
  webServer: process.env.PLAYWRIGHT_URL
    ? undefined
    : {
        command: `mkdir -p "${path.dirname(
          portalLogFile,
        )}" && node scripts/start.mjs > "${portalLogFile}" 2>&1`,
        url: 'http://localhost:3000',
        reuseExistingServer: !process.env.CI,
        timeout: 600_000,
      },
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
