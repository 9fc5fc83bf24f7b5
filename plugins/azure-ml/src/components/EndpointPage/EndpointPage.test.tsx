/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, screen, within } from '@testing-library/react';
import type { AzureMlApi } from '../../api';
import {
  access,
  deployment,
  endpoint,
  forbiddenError,
  renderWorkspaceView,
  rowTexts,
  TAB,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { EndpointPage } from './EndpointPage';

type Fakes = Partial<
  Pick<AzureMlApi, 'getEndpoint' | 'getAccess' | 'updateEndpointTraffic'>
>;

function render(fakes: Fakes) {
  const api = {
    getEndpoint: jest.fn(fakes.getEndpoint ?? (async () => endpoint())),
    getAccess: jest.fn(fakes.getAccess ?? (async () => access(true))),
    updateEndpointTraffic: jest.fn(
      fakes.updateEndpointTraffic ??
        (async () => {
          throw new Error('not expected');
        }),
    ),
  };
  renderWorkspaceView(<EndpointPage />, api, {
    path: `${TAB}/endpoints/:endpointName`,
    url: `${TAB}/endpoints/defect-classifier`,
  });
  return api;
}

function deploymentRows(): string[][] {
  const table = screen
    .getAllByRole('table')
    .find(t =>
      within(t).queryByRole('columnheader', { name: 'Instance type' }),
    );
  return rowTexts(table!);
}

const pageBar = (name: string) =>
  screen.findByRole('img', { name }, { timeout: 10_000 });

jest.setTimeout(30_000);

describe('EndpointPage', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the endpoint, its traffic split and its deployments', async () => {
    const api = render({
      getEndpoint: async () =>
        endpoint({
          deployments: [
            deployment('blue', {
              instanceCount: 2,
              model: `${WS_ID}/models/defect-classifier/versions/2`,
            }),
            deployment('green', {
              model: 'azureml:defect-classifier:3',
              provisioningState: 'Updating',
            }),
            deployment('shadow', {
              instanceType: 'Standard_F4s_v2',
              model: 'azureml://registries/shared/models/resnet/versions/1',
            }),
          ],
        }),
    });

    expect(await pageBar('Traffic: blue 90%, green 10%')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'defect-classifier' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Key')).toBeInTheDocument();
    expect(
      screen.getByText(
        'https://defect-classifier.westeurope.inference.ml.azure.com/score',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Classifies surface defects on the line cameras'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: /^Open in Azure Machine Learning studio/,
      }),
    ).toHaveAttribute(
      'href',
      'https://ml.azure.com/endpoints/realtime/defect-classifier/detail',
    );
    expect(
      screen.getByRole('link', { name: 'Online endpoints' }),
    ).toHaveAttribute('href', '/azure-ml-tab/endpoints');

    expect(deploymentRows()).toEqual([
      [
        'blue',
        'defect-classifier:2',
        'Standard_DS3_v2',
        '2',
        'Succeeded',
        '90%',
      ],
      [
        'green',
        'defect-classifier:3',
        'Standard_DS3_v2',
        '1',
        'Updating',
        '10%',
      ],
      [
        'shadow',
        'azureml://registries/shared/models/resnet/versions/1',
        'Standard_F4s_v2',
        '1',
        'Succeeded',
        '0%',
      ],
    ]);
    expect(
      screen.getByRole('link', { name: 'defect-classifier:2' }),
    ).toHaveAttribute(
      'href',
      '/azure-ml-tab/models/defect-classifier/versions/2',
    );
    expect(
      screen.getByRole('link', { name: 'defect-classifier:3' }),
    ).toHaveAttribute(
      'href',
      '/azure-ml-tab/models/defect-classifier/versions/3',
    );
    expect(
      screen.queryByRole('link', { name: /resnet/ }),
    ).not.toBeInTheDocument();

    expect(api.getEndpoint).toHaveBeenCalledWith(
      workspace,
      'defect-classifier',
    );
    expect(api.getAccess).toHaveBeenCalledWith(workspace, {
      endpointName: 'defect-classifier',
    });
    const button = screen.getByRole('button', { name: 'Shift traffic' });
    expect(button).toBeEnabled();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('keeps "Shift traffic" disabled while access is checked', async () => {
    render({ getAccess: () => new Promise(() => {}) });
    await pageBar('Traffic: blue 90%, green 10%');
    expect(
      screen.getByRole('button', { name: 'Shift traffic' }),
    ).toBeDisabled();
    expect(
      screen.getByText('Checking whether you may change the traffic…'),
    ).toBeInTheDocument();
  });

  it('disables "Shift traffic" with the reason shown next to it when refused', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.endpoint.traffic.update' (update) on component:default/defect-classifier; ask team-vision to add you to the endpoint's owners";
    render({ getAccess: async () => access(false, denial) });

    const note = await screen.findByRole('note', undefined, {
      timeout: 10_000,
    });
    expect(note).toHaveTextContent(denial);
    const button = screen.getByRole('button', { name: 'Shift traffic' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(denial);
  });

  it('disables "Shift traffic" while Azure is still updating the endpoint', async () => {
    render({
      getEndpoint: async () => endpoint({ provisioningState: 'Updating' }),
    });
    const note = await screen.findByRole('note', undefined, {
      timeout: 10_000,
    });
    expect(note).toHaveTextContent(
      'Azure is still working on this endpoint (provisioning state: Updating)',
    );
    expect(
      screen.getByRole('button', { name: 'Shift traffic' }),
    ).toBeDisabled();
  });

  it('shifts the traffic, follows the update until Succeeded and shows the new split', async () => {
    jest.useFakeTimers();
    let current = endpoint();
    const states = ['Updating', 'Updating', 'Succeeded'] as const;
    const api = render({
      getEndpoint: async () => current,
      updateEndpointTraffic: async (_ws, _name, { traffic }) => {
        current = { ...current, traffic, provisioningState: 'Updating' };
        return current;
      },
    });
    const polled = () =>
      api.getEndpoint.mock.calls.length - 1; /* the page's own read */

    await pageBar('Traffic: blue 90%, green 10%');
    fireEvent.click(screen.getByRole('button', { name: 'Shift traffic' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Traffic to blue (%)'), {
      target: { value: '40' },
    });
    fireEvent.change(within(dialog).getByLabelText('Traffic to green (%)'), {
      target: { value: '60' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(
      await within(dialog).findByText(
        'Azure is updating the endpoint… provisioning state: Updating',
      ),
    ).toBeInTheDocument();
    expect(api.updateEndpointTraffic).toHaveBeenCalledWith(
      workspace,
      'defect-classifier',
      { traffic: { blue: 40, green: 60 } },
    );
    expect(polled()).toBe(0);

    const pollAnswering = async (state: (typeof states)[number]) => {
      current = { ...current, provisioningState: state };
      await act(async () => {
        await jest.advanceTimersByTimeAsync(2_000);
      });
    };
    await pollAnswering(states[0]);
    await pollAnswering(states[1]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await pollAnswering(states[2]);
    // Three reads while waiting, then the page reads the endpoint again.
    expect(polled()).toBe(4);

    await act(async () => {
      await jest.advanceTimersByTimeAsync(1_000);
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Traffic: blue 40%, green 60%' }),
    ).toBeInTheDocument();
    expect(deploymentRows().map(row => row[5])).toEqual(['40%', '60%']);
    expect(api.updateEndpointTraffic).toHaveBeenCalledTimes(1);
  });

  it("shows a 403's message as the backend wrote it", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': ask for AzureML Data Scientist";
    render({
      getEndpoint: async () => {
        throw await forbiddenError(denial);
      },
    });
    expect(
      (await screen.findAllByText(denial, undefined, { timeout: 10_000 }))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Shift traffic' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a progress bar while the endpoint loads', async () => {
    render({ getEndpoint: () => new Promise(() => {}) });
    expect(
      await screen.findByRole('progressbar', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
