/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJobMetrics } from '@azure-ml-backstage/plugin-azure-ml-common';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');

describe('GET …/jobs/:job/metrics', () => {
  const harness = usePluginTestHarness();

  let server: Awaited<ReturnType<typeof harness.startBackend>>;
  let completed: string;
  beforeEach(async () => {
    server = await harness.startBackend();
    const list = await request(server)
      .get(`${VISION.path}/jobs`)
      .query({ status: 'Completed', jobType: 'Command' })
      .set(headers(await harness.token('bob')));
    if (!list.body.items?.length) {
      throw new Error('no completed command job in mlw-vision');
    }
    completed = list.body.items[0].name;
  });
  const completedJob = () => completed;

  async function metrics(
    user: string,
    jobName: string,
    query: Record<string, string> = {},
  ) {
    return request(server)
      .get(`${VISION.path}/jobs/${jobName}/metrics`)
      .query(query)
      .set(headers(await harness.token(user)));
  }

  it("reads bob's job metrics as him, whole when short enough", async () => {
    const res = await metrics('bob', completedJob(), { maxPoints: '5000' });
    expect(res.status).toBe(200);
    const body: AzureMlJobMetrics = res.body;
    expect(body.series.length).toBeGreaterThan(0);
    for (const series of body.series) {
      expect(series.downsampled).toBe(false);
      expect(series.points).toHaveLength(series.totalPoints);
      const steps = series.points.map(p => p.step);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it('downsamples every series to maxPoints, keeping the first and last point', async () => {
    const jobName = completedJob();
    const full: AzureMlJobMetrics = (
      await metrics('bob', jobName, { maxPoints: '5000' })
    ).body;
    const long = full.series.find(s => s.totalPoints > 20);
    if (!long) throw new Error('no metric with more than 20 points');
    const res = await metrics('bob', jobName, {
      maxPoints: '10',
      keys: long.key,
    });
    expect(res.status).toBe(200);
    const [series] = res.body.series;
    expect(series).toMatchObject({
      key: long.key,
      totalPoints: long.totalPoints,
      downsampled: true,
    });
    expect(series.points).toHaveLength(10);
    expect(series.points[0]).toEqual(long.points[0]);
    expect(series.points[9]).toEqual(long.points[long.points.length - 1]);
  });

  it('answers 404 naming the logged metrics for a metric the job never logged', async () => {
    const res = await metrics('bob', completedJob(), {
      keys: 'no_such_metric',
    });
    expect(errorOf(res)).toMatchObject({ status: 404, name: 'NotFoundError' });
    expect(res.body.error.message).toMatch(
      /^Job \S+ logged no metric 'no_such_metric'; it logged: \w+/,
    );
  });

  it.each([
    ['1', 'request/query/maxPoints must be >= 2'],
    ['5001', 'request/query/maxPoints must be <= 5000'],
    ['ten', 'request/query/maxPoints must be integer'],
  ])('answers 400 to maxPoints=%s', async (maxPoints, message) => {
    const res = await metrics('bob', completedJob(), { maxPoints });
    expect(errorOf(res)).toEqual({ status: 400, name: 'InputError', message });
  });

  it('refuses erin the tracking data, as the data plane does', async () => {
    const res = await metrics('erin', completedJob());
    expect(errorOf(res)).toMatchObject({
      status: 403,
      name: 'NotAllowedError',
    });
  });
});
