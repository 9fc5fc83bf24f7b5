/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import type {
  AzureMlJob,
  AzureMlJobMetrics,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  featureAccess,
  forbiddenError,
  job as workspaceJob,
  renderWorkspaceView,
  TAB,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { JobPage } from './JobPage';

/** A running job with parameters, tags, inputs and outputs to show. */
function job(overrides: Partial<AzureMlJob> = {}): AzureMlJob {
  return workspaceJob({
    computeId: `${WS_ID}/computes/gpu-cluster`,
    tags: { team: 'vision', priority: 'high' },
    parameters: { learning_rate: '0.001', epochs: '20' },
    inputs: {
      images: {
        type: 'uri_folder',
        uri: 'azureml:defect-images:3',
        mode: 'ro_mount',
      },
      seed: { type: 'literal', value: '42' },
    },
    outputs: {
      model: { type: 'mlflow_model', uri: 'azureml:defect-classifier:3' },
      checkpoints: {
        type: 'custom_model',
        uri: 'azureml://datastores/workspaceblobstore/paths/ckpt/',
        mode: 'rw_mount',
      },
      logs: {
        type: 'uri_folder',
        uri: 'azureml://datastores/workspaceblobstore/paths/logs/',
      },
    },
    ...overrides,
  });
}

const completed = job({
  status: 'Completed',
  endedAt: '2026-04-01T11:02:03.000Z',
});

function metrics(
  points: number,
  keys = ['loss', 'accuracy'],
): AzureMlJobMetrics {
  return {
    jobName: 'job-1',
    maxPoints: 2000,
    series: keys.map(key => ({
      key,
      points: Array.from({ length: points }, (_, step) => ({
        step,
        timestamp: Date.UTC(2026, 3, 1, 10) + step * 1000,
        value: key === 'loss' ? 1 / (step + 1) : step / (points + 1),
      })),
      totalPoints: points,
      downsampled: false,
    })),
  };
}

const allowed = featureAccess('job.cancel', WS_ID);

type Fakes = Pick<
  AzureMlApi,
  'getJob' | 'getJobMetrics' | 'getAccess' | 'cancelJob'
>;

function fakeApi(overrides: Partial<Fakes> = {}) {
  const fakes = {
    getJob: jest.fn(overrides.getJob ?? (async () => completed)),
    getJobMetrics: jest.fn(
      overrides.getJobMetrics ?? (async () => metrics(10)),
    ),
    getAccess: jest.fn(overrides.getAccess ?? (async () => allowed)),
    cancelJob: jest.fn(
      overrides.cancelJob ?? (async () => job({ status: 'CancelRequested' })),
    ),
  };
  return { api: fakes as unknown as AzureMlApi, ...fakes };
}

async function render(api: AzureMlApi) {
  await renderWorkspaceView(<JobPage />, api, {
    path: `${TAB}/jobs/:jobName`,
    url: `${TAB}/jobs/job-1`,
  });
  // Lets the fake API's answers land inside act().
  await act(async () => {});
}

function pointsOf(key: string): number {
  return Number(
    screen.getByTestId(`metric-chart-${key}`).getAttribute('data-points'),
  );
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      Array.from(row.querySelectorAll('th, td')).map(
        cell => cell.textContent ?? '',
      ),
    );
}

async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

jest.setTimeout(30_000);

describe('JobPage', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows the job named in the URL with its details', async () => {
    const { api, getJob } = fakeApi({ getJob: async () => completed });
    await render(api);

    expect(
      await screen.findByRole('heading', { name: 'Train defects', level: 2 }),
    ).toBeInTheDocument();
    expect(getJob).toHaveBeenCalledWith(workspace, 'job-1');
    expect(screen.getByText('Completed')).toBeInTheDocument();

    const facts = Object.fromEntries(
      Array.from(document.querySelectorAll('dt')).map(dt => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(facts).toEqual({
      'Job name': 'job-1',
      Experiment: 'defects',
      Type: 'Command',
      Compute: 'gpu-cluster',
      'Submitted by': 'ada@contoso.com',
      Created: new Date('2026-04-01T09:00:00.000Z').toLocaleString(),
      Started: new Date('2026-04-01T10:00:00.000Z').toLocaleString(),
      Duration: '1h 2m 3s',
    });

    const studio = screen.getByRole('link', { name: /^Open in ML Studio/ });
    expect(studio).toHaveAttribute('href', 'https://ml.azure.com/runs/job-1');
    expect(studio).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Back to jobs' })).toHaveAttribute(
      'href',
      '/azure-ml-tab/jobs',
    );
    // A finished job cannot be cancelled.
    expect(
      screen.queryByRole('button', { name: 'Cancel job' }),
    ).not.toBeInTheDocument();

    expect(rowsOf(screen.getByRole('table', { name: 'Parameters' }))).toEqual([
      ['epochs', '20'],
      ['learning_rate', '0.001'],
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['priority: high', 'team: vision']);
  });

  it('links inputs to the data assets and outputs to their models', async () => {
    const { api } = fakeApi();
    await render(api);

    const inputs = await screen.findByRole('table', { name: 'Inputs' });
    expect(rowsOf(inputs)).toEqual([
      [
        'images',
        'uri_folder',
        'azureml:defect-images:3',
        'ro_mount',
        'Data assets',
      ],
      ['seed', 'literal', '42', '—', '—'],
    ]);
    expect(
      within(inputs).getByRole('link', { name: 'Data assets' }),
    ).toHaveAttribute('href', '/azure-ml-tab/data');

    const outputs = screen.getByRole('table', { name: 'Outputs' });
    expect(rowsOf(outputs).map(row => row[4])).toEqual([
      'Model defect-classifier, version 3',
      'Models',
      '—',
    ]);
    expect(
      within(outputs).getByRole('link', {
        name: 'Model defect-classifier, version 3',
      }),
    ).toHaveAttribute(
      'href',
      '/azure-ml-tab/models/defect-classifier/versions/3',
    );
    expect(
      within(outputs).getByRole('link', { name: 'Models' }),
    ).toHaveAttribute('href', '/azure-ml-tab/models');
  });

  it('draws one chart per metric, sharing the axis and smoothing', async () => {
    const { api, getJobMetrics } = fakeApi();
    await render(api);

    const section = await screen.findByTestId('job-metrics');
    await within(section).findByTestId('metric-chart-loss');
    expect(getJobMetrics).toHaveBeenCalledWith(workspace, 'job-1', {
      maxPoints: 2000,
    });
    expect(pointsOf('loss')).toBe(10);
    expect(pointsOf('accuracy')).toBe(10);
    const charts = within(section).getAllByRole('img');
    expect(charts.map(chart => chart.getAttribute('aria-label'))).toEqual([
      'loss: latest value 0.1 at step 9',
      'accuracy: latest value 0.81818 at step 9',
    ]);

    fireEvent.click(within(section).getByRole('button', { name: 'Time' }));
    for (const chart of charts) {
      expect(within(chart).getByText('Time')).toBeInTheDocument();
    }

    const smoothing = within(section).getByRole('slider');
    expect(smoothing).toHaveAttribute('aria-valuenow', '0.6');
    expect(
      charts[0].querySelectorAll('path[data-line="smoothed"]'),
    ).toHaveLength(1);
    fireEvent.keyDown(smoothing, { key: 'Home' });
    expect(smoothing).toHaveAttribute('aria-valuenow', '0');
    for (const chart of charts) {
      expect(chart.querySelectorAll('path[data-line="smoothed"]')).toHaveLength(
        0,
      );
    }
  });

  it('follows a running job until it completes, its charts growing', async () => {
    jest.useFakeTimers();
    const { api, getJob, getJobMetrics } = fakeApi({
      getJob: async () => (getJob.mock.calls.length < 3 ? job() : completed),
      getJobMetrics: async () => metrics(10 * getJobMetrics.mock.calls.length),
    });
    await render(api);

    await screen.findByTestId('metric-chart-loss', undefined, {
      timeout: 10_000,
    });
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Cancel job' }),
    ).toBeInTheDocument();
    const first = pointsOf('loss');
    expect(first).toBe(10);

    await advance(5_000);
    expect(getJob).toHaveBeenCalledTimes(2);
    expect(pointsOf('loss')).toBeGreaterThan(first);
    expect(pointsOf('loss')).toBe(20);

    await advance(5_000);
    expect(getJob).toHaveBeenCalledTimes(3);
    expect(await screen.findByText('Completed')).toBeInTheDocument();
    await waitFor(() => expect(pointsOf('loss')).toBe(40));
    expect(
      screen.queryByRole('button', { name: 'Cancel job' }),
    ).not.toBeInTheDocument();

    const metricCalls = getJobMetrics.mock.calls.length;
    await advance(60_000);
    expect(getJob).toHaveBeenCalledTimes(3);
    expect(getJobMetrics).toHaveBeenCalledTimes(metricCalls);
  });

  it('cancels the job after confirmation and shows it as cancel requested', async () => {
    const { api, cancelJob, getJob } = fakeApi({
      getJob: async () =>
        getJob.mock.calls.length < 2
          ? job()
          : job({ status: 'CancelRequested' }),
    });
    await render(api);

    const button = await screen.findByRole('button', { name: 'Cancel job' });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel job' }));

    expect(await screen.findByText('CancelRequested')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(cancelJob).toHaveBeenCalledWith(workspace, 'job-1');
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeDisabled();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Cancellation requested',
    );
    await waitFor(() => expect(getJob).toHaveBeenCalledTimes(2));
  });

  it('shows a progress bar while the job loads', async () => {
    const { api } = fakeApi({ getJob: () => new Promise(() => {}) });
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it, and retries", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/jobs/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action, such as AzureML Data Scientist.";
    let fail = true;
    const { api, getJob } = fakeApi({
      getJob: async () => {
        if (fail) throw await forbiddenError(denial);
        return completed;
      },
    });
    await render(api);

    expect((await screen.findAllByText(denial)).length).toBeGreaterThan(0);
    expect(
      screen.getByRole('link', { name: 'Back to jobs' }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('job-metrics')).not.toBeInTheDocument();

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'Train defects' }),
    ).toBeInTheDocument();
    expect(getJob).toHaveBeenCalledTimes(2);
  });

  it('says when the job has logged no metrics', async () => {
    const { api } = fakeApi({
      getJobMetrics: async () => metrics(0, []),
    });
    await render(api);
    const section = await screen.findByTestId('job-metrics');
    expect(
      await within(section).findByText('This job has logged no metrics yet'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('img')).not.toBeInTheDocument();
    expect(within(section).queryByRole('slider')).not.toBeInTheDocument();
  });

  it('shows why the metrics could not be loaded', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.job.read' (read) on system:default/mlw-vision; ask the workspace owners.";
    const { api } = fakeApi({
      getJobMetrics: async () => {
        throw await forbiddenError(denial);
      },
    });
    await render(api);
    const section = await screen.findByTestId('job-metrics');
    expect(
      (await within(section).findAllByText(denial)).length,
    ).toBeGreaterThan(0);
    expect(
      within(section).getByRole('button', { name: 'Retry' }),
    ).toBeInTheDocument();
    // The rest of the page still shows.
    expect(
      screen.getByRole('heading', { name: 'Train defects' }),
    ).toBeInTheDocument();
  });
});
