/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { VISION_TAB, openVisionJob, signInAs } from './portalSession';

// Measures, in the real browser against `npm start`'s portal, the time from
// navigation to the jobs table rendered and to a 10,000-point metric chart
// rendered; prints the medians and writes them to
// e2e-artifacts/frontend-figures.json. Figures, not pass/fail thresholds:
// the machine is shared, so the test only checks that each view rendered.

const RUNS = 5;
// resnet-finetune-5 logged 10,000 steps of each metric (the demo estate).
const LONG_JOB = 'resnet-finetune-5';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const JOB_LINK = 'table tbody a[href*="/azure-ml/jobs/"]';
const LOSS_CHART = '[data-testid="metric-chart-loss"]';

/**
 * Milliseconds from the page's navigation start until an element matching
 * `selector` is in the page (and, for a chart, has drawn points), checked
 * on every animation frame in the page itself.
 */
async function renderedAt(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    css => {
      const element = document.querySelector(css);
      if (!element) return false;
      const points = element.getAttribute('data-points');
      if (points !== null && Number(points) === 0) return false;
      return performance.now();
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function pointsDrawn(page: Page): Promise<number> {
  return Number(await page.locator(LOSS_CHART).getAttribute('data-points'));
}

test.describe.configure({ timeout: 300_000 });

test('frontend figures: time to the jobs table and to a 10,000-point chart', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'Alice Admin');
  // One warm-up of each view, so the dev server's first compile of the lazy
  // chunks is not counted.
  await page.goto(`${VISION_TAB}/jobs`);
  await renderedAt(page, JOB_LINK);
  const longJobPage = await openVisionJob(page, LONG_JOB);
  await renderedAt(page, LOSS_CHART);

  const coldJobs: number[] = [];
  const inAppJobs: number[] = [];
  const coldChart: number[] = [];
  let drawnPoints = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${VISION_TAB}/jobs`);
    coldJobs.push(await renderedAt(page, JOB_LINK));

    // In-app: from the Models tab back to Jobs, without reloading the app.
    await page.getByRole('tab', { name: 'Models' }).click();
    await expect(page).toHaveURL(/\/models$/);
    await expect(page.locator(JOB_LINK)).toHaveCount(0);
    const start = await page.evaluate(() => performance.now());
    await page.getByRole('tab', { name: 'Jobs' }).click();
    inAppJobs.push((await renderedAt(page, JOB_LINK)) - start);

    await page.goto(longJobPage);
    coldChart.push(await renderedAt(page, LOSS_CHART));
    drawnPoints = await pointsDrawn(page);
  }
  await expect(
    page.getByText(/of 10000 points|of 10,000 points/).first(),
  ).toBeVisible();

  const figures = {
    runs: RUNS,
    mode: 'npm start (development build)',
    jobsTableMs: {
      pageLoadMedian: median(coldJobs),
      inAppMedian: median(inAppJobs),
      pageLoad: coldJobs,
      inApp: inAppJobs,
    },
    tenThousandPointChartMs: {
      pageLoadMedian: median(coldChart),
      pageLoad: coldChart,
      drawnPoints,
      loggedPoints: 10_000,
    },
  };
  const file = path.resolve('e2e-artifacts/frontend-figures.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  await testInfo.attach('frontend-figures', {
    path: file,
    contentType: 'application/json',
  });
  // eslint-disable-next-line no-console
  console.log(`frontend figures: ${JSON.stringify(figures)}`);
});
