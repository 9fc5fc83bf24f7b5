/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import type {
  AzureMlJob,
  AzureMlJobMetrics,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  forbiddenError,
  job as workspaceJob,
  renderWorkspaceView,
  TAB,
} from '../../__testUtils__';
import { ComparePage } from './ComparePage';

function job(name: string, parameters: Record<string, string>): AzureMlJob {
  return workspaceJob({
    name,
    displayName: `${name} display`,
    status: 'Completed',
    parameters,
  });
}

function metrics(jobName: string, losses: number[]): AzureMlJobMetrics {
  return {
    jobName,
    maxPoints: 1000,
    series: [
      {
        key: 'loss',
        points: losses.map((value, step) => ({
          step,
          timestamp: 1_700_000_000_000 + step * 1000,
          value,
        })),
        totalPoints: losses.length,
        downsampled: false,
      },
    ],
  };
}

const jobs: Record<string, AzureMlJob> = {
  'run-a': job('run-a', { learning_rate: '0.01', epochs: '20' }),
  'run-b': job('run-b', { learning_rate: '0.001', epochs: '20' }),
};

function fakeApi(failWith?: Error): AzureMlApi {
  return {
    getJob: jest.fn(async (_ws: WorkspaceRef, name: string) => {
      if (failWith) throw failWith;
      return jobs[name];
    }),
    getJobMetrics: jest.fn(async (_ws: WorkspaceRef, name: string) =>
      metrics(name, name === 'run-a' ? [1, 0.5, 0.25] : [1, 0.7, 0.4, 0.3]),
    ),
  } as unknown as AzureMlApi;
}

function render(api: AzureMlApi, query: string) {
  return renderWorkspaceView(<ComparePage />, api, {
    path: `${TAB}/compare`,
    url: `${TAB}/compare${query}`,
  });
}

jest.setTimeout(30_000);

describe('ComparePage', () => {
  it('tables the parameters and final metrics, highlighting differences, and overlays the curves', async () => {
    await render(fakeApi(), '?jobs=run-a,run-b');

    const table = await screen.findByRole(
      'table',
      { name: 'Parameters and final metrics' },
      { timeout: 10_000 },
    );
    const rows = within(table).getAllByRole('row');
    const byName = (name: string) =>
      rows.find(r =>
        r.querySelector('th')?.textContent?.startsWith(`${name} `),
      )!;
    expect(byName('epochs')).toHaveAttribute('data-differs', 'false');
    expect(byName('learning_rate')).toHaveAttribute('data-differs', 'true');
    expect(
      within(byName('learning_rate')).getByText('0.001'),
    ).toBeInTheDocument();
    expect(byName('loss')).toHaveAttribute('data-differs', 'true');
    expect(within(byName('loss')).getByText('0.25')).toBeInTheDocument();
    expect(within(byName('loss')).getByText('0.3')).toBeInTheDocument();

    const chart = screen.getByTestId('metric-chart-loss');
    expect(chart).toHaveAttribute('data-points', '7');
    expect(within(chart).getByText('run-a display')).toBeInTheDocument();
    expect(within(chart).getByText('run-b display')).toBeInTheDocument();
  });

  it('asks for at least two runs, and loads nothing', async () => {
    const api = fakeApi();
    await render(api, '?jobs=run-a');
    expect(
      await screen.findByText(/Pick at least two runs/),
    ).toBeInTheDocument();
    expect(api.getJob).not.toHaveBeenCalled();
  });

  it('refuses more runs than can be read, and loads nothing', async () => {
    const api = fakeApi();
    await render(
      api,
      `?jobs=${[...Array(9).keys()].map(i => `r${i}`).join(',')}`,
    );
    expect(await screen.findByText(/Too many runs/)).toBeInTheDocument();
    expect(api.getJob).not.toHaveBeenCalled();
  });

  it('shows a refusal in words', async () => {
    const message =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/jobs/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision'";
    const error = await forbiddenError(message);
    await render(fakeApi(error), '?jobs=run-a,run-b');
    expect(
      (await screen.findAllByText(new RegExp("jobs/read' on scope")))[0],
    ).toBeInTheDocument();
  });
});
