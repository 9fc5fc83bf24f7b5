/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import {
  forbiddenError,
  job as workspaceJob,
  rowTexts as cellTexts,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { AzureMlEntityContent } from './AzureMlEntityContent';

/** A completed job `name` that ran on a cluster for 1h 2m 3s. */
function job(name: string, overrides: Partial<AzureMlJob> = {}): AzureMlJob {
  return workspaceJob({
    name,
    displayName: `${name} display`,
    status: 'Completed',
    computeId: `${WS_ID}/computes/gpu-cluster`,
    endedAt: '2026-04-01T11:02:03.000Z',
    ...overrides,
  });
}

function fakeApi(listJobs: AzureMlApi['listJobs']) {
  const fn = jest.fn(listJobs);
  return { api: { listJobs: fn } as unknown as AzureMlApi, listJobs: fn };
}

const system: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'mlw-vision',
    annotations: { 'ml.azure.com/resource-id': WS_ID },
  },
  spec: { owner: 'team-vision' },
};
const teamComponent: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'defect-model',
    annotations: {
      'ml.azure.com/workspace-id': WS_ID,
      'ml.azure.com/experiment': 'defects',
    },
  },
  spec: { type: 'service', owner: 'team-vision', lifecycle: 'production' },
};

function LocationProbe() {
  return <output aria-label="location">{useLocation().search}</output>;
}

function render(api: AzureMlApi, entity: Entity = system, url = '/') {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <AzureMlEntityContent />
      <LocationProbe />
    </EntityProvider>,
    { apis: [[azureMlApiRef, api]], initialRouteEntries: [url] },
  );
}

function rowTexts(): string[][] {
  // The first cell holds the row's selection checkbox.
  return cellTexts().map(row => row.slice(1));
}

jest.setTimeout(30_000);

describe('AzureMlEntityContent', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("lists the workspace's jobs with one cell per column", async () => {
    const { api, listJobs } = fakeApi(async () => ({
      items: [
        job('job-1'),
        job('job-2', {
          status: 'Failed',
          jobType: 'Sweep',
          computeId: undefined,
          submittedBy: 'grace@contoso.com',
          startedAt: '2026-04-01T10:00:00.000Z',
          endedAt: '2026-04-01T10:00:42.000Z',
        }),
      ],
    }));
    render(api);

    expect(
      await screen.findByText('job-1 display', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const started = new Date('2026-04-01T10:00:00.000Z').toLocaleString();
    expect(rowTexts()).toEqual([
      [
        'Completed',
        'Command',
        'defects',
        'job-1 display',
        'gpu-cluster',
        'ada@contoso.com',
        started,
        '1h 2m 3s',
        'Open, Opens in a new window',
      ],
      [
        'Failed',
        'Sweep',
        'defects',
        'job-2 display',
        'serverless',
        'grace@contoso.com',
        started,
        '42s',
        'Open, Opens in a new window',
      ],
    ]);
    expect(screen.getByRole('link', { name: 'job-1 display' })).toHaveAttribute(
      'href',
      '/jobs/job-1',
    );
    const studio = screen.getByRole('link', {
      name: /^Open job-1 display in ML Studio/,
    });
    expect(studio).toHaveAttribute('href', 'https://ml.azure.com/runs/job-1');
    expect(studio).toHaveAttribute('target', '_blank');
    expect(listJobs).toHaveBeenCalledTimes(1);
    expect(listJobs).toHaveBeenCalledWith(workspace, {});
    expect(screen.queryByText(/"items"/)).not.toBeInTheDocument();
  });

  it('says when no job matches', async () => {
    const { api } = fakeApi(async () => ({ items: [] }));
    render(api);
    expect(
      await screen.findByText('No jobs match these filters', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });

  it("defaults the experiment filter to the component's experiment", async () => {
    const { api, listJobs } = fakeApi(async () => ({ items: [job('job-1')] }));
    render(api, teamComponent);
    await screen.findByText('job-1 display', undefined, { timeout: 10_000 });
    expect(listJobs).toHaveBeenCalledWith(workspace, {
      experimentName: 'defects',
    });
    expect(screen.getByLabelText('Experiment')).toHaveValue('defects');
  });

  it('reads the filters from the URL and writes changes back to it', async () => {
    const { api, listJobs } = fakeApi(async (_ws, request) => ({
      items: [job(`job-${request?.submittedBy ?? 'all'}`)],
    }));
    render(api, system, '/?status=Running,Queued&experiment=defects');
    await screen.findByText('job-all display', undefined, { timeout: 10_000 });
    expect(listJobs).toHaveBeenLastCalledWith(workspace, {
      status: ['Running', 'Queued'],
      experimentName: 'defects',
    });

    const submittedBy = screen.getByLabelText('Submitted by');
    fireEvent.change(submittedBy, { target: { value: 'grace@contoso.com' } });
    fireEvent.blur(submittedBy);

    expect(
      await screen.findByText('job-grace@contoso.com display'),
    ).toBeInTheDocument();
    expect(listJobs).toHaveBeenLastCalledWith(workspace, {
      status: ['Running', 'Queued'],
      experimentName: 'defects',
      submittedBy: 'grace@contoso.com',
    });
    const search = new URLSearchParams(
      screen.getByLabelText('location').textContent ?? '',
    );
    expect(search.get('submittedBy')).toBe('grace@contoso.com');
    expect(search.get('status')).toBe('Running,Queued');

    // Picking one more status in the multi-select.
    fireEvent.mouseDown(
      screen.getByRole('button', { name: 'Status Running, Queued' }),
    );
    fireEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', {
        name: 'Failed',
      }),
    );
    await act(async () => {});
    expect(listJobs).toHaveBeenLastCalledWith(workspace, {
      status: ['Running', 'Queued', 'Failed'],
      experimentName: 'defects',
      submittedBy: 'grace@contoso.com',
    });
    expect(
      new URLSearchParams(
        screen.getByLabelText('location').textContent ?? '',
      ).get('status'),
    ).toBe('Running,Queued,Failed');
  });

  it('appends the next page on "Load more"', async () => {
    const { api, listJobs } = fakeApi(async (_ws, request) =>
      request?.pageToken === 'page-2'
        ? { items: [job('job-3')] }
        : { items: [job('job-1'), job('job-2')], nextPageToken: 'page-2' },
    );
    render(api);
    await screen.findByText('job-1 display', undefined, { timeout: 10_000 });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('job-3 display')).toBeInTheDocument();
    expect(rowTexts().map(row => row[3])).toEqual([
      'job-1 display',
      'job-2 display',
      'job-3 display',
    ]);
    expect(listJobs).toHaveBeenLastCalledWith(workspace, {
      pageToken: 'page-2',
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('fetches again every 10 s while a job runs, and stops once all are terminal', async () => {
    jest.useFakeTimers();
    const answers = [
      [job('job-1', { status: 'Running', endedAt: undefined })],
      [job('job-1', { status: 'Running', endedAt: undefined })],
      [job('job-1', { status: 'Completed' })],
    ];
    const { api, listJobs } = fakeApi(async () => ({
      items: answers[Math.min(listJobs.mock.calls.length - 1, 2)],
    }));
    render(api);
    await screen.findByText('Running', undefined, { timeout: 10_000 });
    expect(listJobs).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(9_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(1_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(2);

    await act(async () => {
      jest.advanceTimersByTime(10_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(3);
    expect(await screen.findByText('Completed')).toBeInTheDocument();

    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(3);
  });

  it('keeps the selected runs across a live refresh that brings a new job, and compares them', async () => {
    jest.useFakeTimers();
    const first = [
      job('job-1', { status: 'Running', endedAt: undefined }),
      job('job-2'),
      job('job-3'),
    ];
    // The refresh brings a newer job at the top: rows shift down by one.
    const { api, listJobs } = fakeApi(async () => ({
      items:
        listJobs.mock.calls.length === 1
          ? first
          : [job('job-0', { status: 'Queued', endedAt: undefined }), ...first],
    }));
    render(api);
    await screen.findByText('job-1 display', undefined, { timeout: 10_000 });
    const checkboxOf = (name: string) =>
      within(
        screen.getByRole('link', { name: `${name} display` }).closest('tr')!,
      ).getByRole('checkbox');
    fireEvent.click(checkboxOf('job-1'));
    fireEvent.click(checkboxOf('job-3'));

    await act(async () => {
      jest.advanceTimersByTime(10_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('job-0 display')).toBeInTheDocument();
    expect(checkboxOf('job-0')).not.toBeChecked();
    expect(checkboxOf('job-1')).toBeChecked();
    expect(checkboxOf('job-2')).not.toBeChecked();
    expect(checkboxOf('job-3')).toBeChecked();

    fireEvent.click(
      screen.getByRole('button', { name: 'Compare the selected runs' }),
    );
    expect(screen.getByLabelText('location')).toHaveTextContent(
      '?jobs=job-1,job-3',
    );
  });

  it('does not fetch again when every job is terminal', async () => {
    jest.useFakeTimers();
    const { api, listJobs } = fakeApi(async () => ({
      items: [job('job-1'), job('job-2', { status: 'Canceled' })],
    }));
    render(api);
    await screen.findByText('job-1 display', undefined, { timeout: 10_000 });
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(listJobs).toHaveBeenCalledTimes(1);
  });

  it("shows a 403's message as the backend wrote it", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/jobs/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': ask for AzureML Data Scientist (AuthorizationFailed, correlation id 1234)";
    const { api } = fakeApi(async () => {
      throw await forbiddenError(denial);
    });
    render(api);
    expect(
      (await screen.findAllByText(denial, undefined, { timeout: 10_000 }))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByText('403: NotAllowedError')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a progress bar while the jobs load', async () => {
    const { api } = fakeApi(() => new Promise(() => {}));
    render(api);
    expect(
      await screen.findByRole('progressbar', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
