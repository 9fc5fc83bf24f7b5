/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import type {
  AzureMlJobMetrics,
  AzureMlJobStatus,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { workspace } from '../__testUtils__';
import {
  JOB_METRICS_REFRESH_INTERVAL_MS,
  useJobMetrics,
} from './useJobMetrics';

function metricsWith(points: number): AzureMlJobMetrics {
  return {
    jobName: 'job-1',
    maxPoints: 2000,
    series: [
      {
        key: 'loss',
        points: Array.from({ length: points }, (_, step) => ({
          step,
          timestamp: step * 1000,
          value: 1 / (step + 1),
        })),
        totalPoints: points,
        downsampled: false,
      },
    ],
  };
}

/** Each call answers one more point than the one before. */
function growingApi() {
  let calls = 0;
  const getJobMetrics = jest.fn(async () => {
    calls += 1;
    return metricsWith(calls * 10);
  });
  return {
    api: { getJobMetrics } as unknown as AzureMlApi,
    getJobMetrics,
  };
}

function renderMetrics(api: AzureMlApi, status: AzureMlJobStatus | undefined) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[azureMlApiRef, api]]}>{children}</TestApiProvider>
  );
  return renderHook(
    (props: { status: AzureMlJobStatus | undefined }) =>
      useJobMetrics(workspace, 'job-1', props.status),
    { wrapper, initialProps: { status } },
  );
}

async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

function pointCount(metrics: AzureMlJobMetrics | undefined) {
  return metrics?.series[0].points.length;
}

describe('useJobMetrics', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks for up to 2000 points per series', async () => {
    const { api, getJobMetrics } = growingApi();
    const { result } = renderMetrics(api, 'Completed');
    await advance(0);
    expect(result.current.status).toBe('loaded');
    expect(pointCount(result.current.value)).toBe(10);
    expect(getJobMetrics).toHaveBeenCalledWith(workspace, 'job-1', {
      maxPoints: 2000,
    });
  });

  it('fetches again every 5 s while the job runs', async () => {
    const { api, getJobMetrics } = growingApi();
    const { result } = renderMetrics(api, 'Running');
    await advance(0);
    expect(getJobMetrics).toHaveBeenCalledTimes(1);

    await advance(JOB_METRICS_REFRESH_INTERVAL_MS - 100);
    expect(getJobMetrics).toHaveBeenCalledTimes(1);
    await advance(100);
    expect(getJobMetrics).toHaveBeenCalledTimes(2);
    expect(pointCount(result.current.value)).toBe(20);

    await advance(JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(getJobMetrics).toHaveBeenCalledTimes(3);
    expect(pointCount(result.current.value)).toBe(30);
  });

  it('keeps the last series while reloading', async () => {
    let answer: (metrics: AzureMlJobMetrics) => void = () => {};
    const getJobMetrics = jest
      .fn()
      .mockResolvedValueOnce(metricsWith(10))
      .mockImplementationOnce(
        () =>
          new Promise<AzureMlJobMetrics>(resolve => {
            answer = resolve;
          }),
      );
    const { result } = renderMetrics(
      { getJobMetrics } as unknown as AzureMlApi,
      'Running',
    );
    await advance(0);
    await advance(JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(getJobMetrics).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('loading');
    expect(pointCount(result.current.value)).toBe(10);

    await act(async () => answer(metricsWith(15)));
    expect(result.current.status).toBe('loaded');
    expect(pointCount(result.current.value)).toBe(15);
  });

  it('fetches once more when the job ends, then stops', async () => {
    const { api, getJobMetrics } = growingApi();
    const { result, rerender } = renderMetrics(api, 'Running');
    await advance(0);
    await advance(JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(getJobMetrics).toHaveBeenCalledTimes(2);

    rerender({ status: 'Completed' });
    await advance(0);
    expect(getJobMetrics).toHaveBeenCalledTimes(3);
    expect(pointCount(result.current.value)).toBe(30);

    await advance(10 * JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(getJobMetrics).toHaveBeenCalledTimes(3);
  });

  it('does not poll a terminal job, nor one whose status is unknown', async () => {
    const terminal = growingApi();
    renderMetrics(terminal.api, 'Failed');
    const unknown = growingApi();
    renderMetrics(unknown.api, undefined);
    await advance(0);
    await advance(10 * JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(terminal.getJobMetrics).toHaveBeenCalledTimes(1);
    expect(unknown.getJobMetrics).toHaveBeenCalledTimes(1);
  });

  it('stops polling when unmounted', async () => {
    const { api, getJobMetrics } = growingApi();
    const { unmount } = renderMetrics(api, 'Running');
    await advance(0);
    unmount();
    await advance(10 * JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(getJobMetrics).toHaveBeenCalledTimes(1);
  });

  it('keeps polling through a failed reload, keeping the last series', async () => {
    const getJobMetrics = jest
      .fn()
      .mockResolvedValueOnce(metricsWith(10))
      .mockRejectedValueOnce(new Error('Bad gateway'))
      .mockResolvedValueOnce(metricsWith(30));
    const { result } = renderMetrics(
      { getJobMetrics } as unknown as AzureMlApi,
      'Running',
    );
    await advance(0);
    await advance(JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(result.current.status).toBe('failed');
    expect(result.current.error?.message).toBe('Bad gateway');
    expect(pointCount(result.current.value)).toBe(10);

    await advance(JOB_METRICS_REFRESH_INTERVAL_MS);
    expect(result.current.status).toBe('loaded');
    expect(pointCount(result.current.value)).toBe(30);
  });
});
