/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { metricPointAt, plannedRun } from '../demo/metricCurves';
import {
  FIXTURE_JOBS,
  TRACKING_WORKSPACE_ID,
  callTracking,
  startTrackingEmulator,
} from './testing/trackingFixture';

const MINUTE = 60_000;

describe('MLflow metric history', () => {
  let emulator: RunningEmulator;
  let epoch: number;

  beforeAll(async () => {
    emulator = await startTrackingEmulator();
    epoch = emulator.ctx.state.epochMs;
  });
  beforeEach(() => {
    emulator.ctx.now = () => epoch;
  });
  afterAll(() => emulator.stop());

  const history = async (runId: string, key = 'loss', extra = '') =>
    callTracking(
      emulator,
      'bob',
      `metrics/get-history?run_id=${runId}&metric_key=${key}${extra}`,
    );
  const steps = (body: any) => body.metrics.map((m: any) => m.step);

  it('grows while a job runs, one point per step, earlier points unchanged', async () => {
    const at30 = await history('job-running');
    expect(at30.status).toBe(200);
    expect(steps(at30.body)).toEqual([...Array(30).keys()]);
    expect(at30.body.metrics[0]).toEqual({
      key: 'loss',
      value: metricPointAt(
        `${TRACKING_WORKSPACE_ID}/jobs/job-running`,
        'loss',
        FIXTURE_JOBS[1].timeline,
        epoch,
        0,
      ).value,
      timestamp: epoch - 29 * MINUTE,
      step: 0,
    });

    emulator.ctx.now = () => epoch + 15 * MINUTE;
    const at45 = await history('job-running');
    expect(steps(at45.body)).toEqual([...Array(45).keys()]);
    expect(at45.body.metrics.slice(0, 30)).toEqual(at30.body.metrics);

    emulator.ctx.now = () => epoch + 100 * MINUTE;
    const done = await history('job-running');
    expect(done.body.metrics).toHaveLength(120);
    expect(done.body.metrics[119].timestamp).toBe(epoch + 90 * MINUTE);
    const run = await callTracking(
      emulator,
      'bob',
      'runs/get?run_id=job-running',
    );
    expect(run.body.run.info.status).toBe('FINISHED');
    expect(run.body.run.data.metrics[0]).toEqual(done.body.metrics[119]);
  });

  it('has every point of a completed job, the last at its end', async () => {
    const { body } = await history('job-finished', 'accuracy');
    expect(steps(body)).toEqual([...Array(60).keys()]);
    expect(body.metrics[59].timestamp).toBe(epoch - 120 * MINUTE);
    expect(body.next_page_token).toBeUndefined();
  });

  it('stops a failed job where it failed and a canceled one where it was canceled', async () => {
    const failedJobId = `${TRACKING_WORKSPACE_ID}/jobs/job-failed`;
    const planned = plannedRun(failedJobId, FIXTURE_JOBS[2].timeline);
    const failed = (await history('job-failed')).body.metrics;
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(planned.steps);
    expect(failed.at(-1).timestamp).toBeLessThanOrEqual(epoch - 80 * MINUTE);
    expect(
      metricPointAt(
        failedJobId,
        'loss',
        FIXTURE_JOBS[2].timeline,
        epoch,
        failed.length,
      ).timestamp,
    ).toBeGreaterThan(epoch - 80 * MINUTE);

    const canceled = (await history('job-canceled')).body.metrics;
    expect(steps({ metrics: canceled })).toEqual([...Array(40).keys()]);
    expect(canceled.at(-1).timestamp).toBe(epoch - 50 * MINUTE);

    expect((await history('job-queued')).body).toEqual({ metrics: [] });
  });

  it('pages with max_results and page_token', async () => {
    const first = await history('job-finished', 'loss', '&max_results=25');
    expect(steps(first.body)).toEqual([...Array(25).keys()]);
    const second = await history(
      'job-finished',
      'loss',
      `&max_results=25&page_token=${encodeURIComponent(
        first.body.next_page_token,
      )}`,
    );
    const third = await history(
      'job-finished',
      'loss',
      `&max_results=25&page_token=${encodeURIComponent(
        second.body.next_page_token,
      )}`,
    );
    expect(steps(second.body)[0]).toBe(25);
    expect(steps(third.body)).toEqual([...Array(10).keys()].map(i => 50 + i));
    expect(third.body.next_page_token).toBeUndefined();
  });

  it('samples several runs evenly with get-history-bulk-interval', async () => {
    const { status, body } = await callTracking(
      emulator,
      'bob',
      'metrics/get-history-bulk-interval?run_ids=job-finished&run_ids=job-running&metric_key=loss&max_results=5',
    );
    expect(status).toBe(200);
    expect(body.metrics.map((m: any) => [m.run_id, m.step])).toEqual([
      ['job-finished', 0],
      ['job-finished', 15],
      ['job-finished', 30],
      ['job-finished', 44],
      ['job-finished', 59],
      ['job-running', 0],
      ['job-running', 7],
      ['job-running', 15],
      ['job-running', 22],
      ['job-running', 29],
    ]);
  });

  it('answers an unknown metric with no points and bad calls with 4xx', async () => {
    expect((await history('job-finished', 'bleu')).body).toEqual({
      metrics: [],
    });
    expect(
      await callTracking(
        emulator,
        'bob',
        'metrics/get-history?run_id=job-finished',
      ),
    ).toEqual({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message:
          "Missing value for required parameter 'metric_key'. See the API docs for more information about request parameters.",
      },
    });
    expect(await history('nope')).toEqual({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: 'Run with id=nope not found',
      },
    });
  });
});
