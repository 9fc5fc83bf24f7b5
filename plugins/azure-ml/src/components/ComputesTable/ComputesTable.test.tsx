/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, within } from '@testing-library/react';
import type { AzureMlCompute } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  renderWithFakeMethod,
  rowTexts,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { ComputesTable } from './ComputesTable';

function compute(
  name: string,
  overrides: Partial<AzureMlCompute> = {},
): AzureMlCompute {
  return {
    id: `${WS_ID}/computes/${name}`,
    name,
    computeType: 'AmlCompute',
    location: 'westeurope',
    provisioningState: 'Succeeded',
    vmSize: 'Standard_NC6s_v3',
    minNodeCount: 0,
    maxNodeCount: 4,
    currentNodeCount: 2,
    tags: {},
    ...overrides,
  };
}

function render(listComputes: AzureMlApi['listComputes']) {
  return renderWithFakeMethod(<ComputesTable />, 'listComputes', listComputes);
}

jest.setTimeout(30_000);

describe('ComputesTable', () => {
  it('lists the computes with their state, size and nodes', async () => {
    const listComputes = render(async () => ({
      items: [
        compute('gpu-cluster'),
        compute('ada-notebook', {
          computeType: 'ComputeInstance',
          vmSize: 'Standard_DS3_v2',
          minNodeCount: undefined,
          maxNodeCount: undefined,
          currentNodeCount: undefined,
        }),
        compute('aks-inference', {
          computeType: 'Kubernetes',
          provisioningState: 'Failed',
          vmSize: undefined,
          minNodeCount: undefined,
          maxNodeCount: undefined,
          currentNodeCount: undefined,
        }),
        compute('cpu-cluster', {
          provisioningState: 'Creating',
          minNodeCount: 1,
          currentNodeCount: 0,
        }),
      ],
    }));

    expect(
      await screen.findByText('gpu-cluster', undefined, APP_START),
    ).toBeInTheDocument();
    expect(rowTexts()).toEqual([
      [
        'gpu-cluster',
        'AmlCompute',
        'Succeeded',
        'Standard_NC6s_v3',
        '2 / 0–4',
        'westeurope',
      ],
      [
        'ada-notebook',
        'ComputeInstance',
        'Succeeded',
        'Standard_DS3_v2',
        '',
        'westeurope',
      ],
      ['aks-inference', 'Kubernetes', 'Failed', '', '', 'westeurope'],
      [
        'cpu-cluster',
        'AmlCompute',
        'Creating',
        'Standard_NC6s_v3',
        '0 / 1–4',
        'westeurope',
      ],
    ]);
    // Each state has its own indicator, named for screen readers.
    const [gpu, , aks, cpu] = screen.getAllByRole('row').slice(1);
    expect(within(gpu).getByLabelText('Status ok')).toBeInTheDocument();
    expect(within(aks).getByLabelText('Status error')).toBeInTheDocument();
    expect(within(cpu).getByLabelText('Status running')).toBeInTheDocument();
    expect(listComputes).toHaveBeenCalledWith(workspace, {});
  });

  it('appends the next page on "Load more"', async () => {
    const listComputes = render(async (_ws, request) =>
      request?.pageToken === 'page-2'
        ? { items: [compute('c')] }
        : { items: [compute('a'), compute('b')], nextPageToken: 'page-2' },
    );
    await screen.findByText('a', undefined, APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('c')).toBeInTheDocument();
    expect(rowTexts().map(row => row[0])).toEqual(['a', 'b', 'c']);
    expect(listComputes).toHaveBeenLastCalledWith(workspace, {
      pageToken: 'page-2',
    });
  });

  it('says when the workspace has no compute', async () => {
    render(async () => ({ items: [] }));
    expect(
      await screen.findByText(
        'No compute targets in this workspace',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/computes/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action";
    render(async () => {
      throw await forbiddenError(denial);
    });
    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a progress bar while the computes load', async () => {
    render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', undefined, APP_START),
    ).toBeInTheDocument();
  });
});
