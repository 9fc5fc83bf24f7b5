/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { act, fireEvent, screen, within } from '@testing-library/react';
import type { AzureMlOnlineEndpoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  endpoint,
  renderWorkspaceView,
  responseError,
  workspace,
} from '../../__testUtils__';
import { TrafficDialog } from './TrafficDialog';

type Update = AzureMlApi['updateEndpointTraffic'];

function render(options: {
  updateEndpointTraffic?: Update;
  getEndpoint?: () => Promise<AzureMlOnlineEndpoint>;
}) {
  const api = {
    updateEndpointTraffic: jest.fn<ReturnType<Update>, Parameters<Update>>(
      options.updateEndpointTraffic ??
        (async (_ws, _name, { traffic }) =>
          endpoint({ traffic, provisioningState: 'Updating' })),
    ),
    getEndpoint: jest.fn(
      options.getEndpoint ??
        (async () => endpoint({ provisioningState: 'Updating' })),
    ),
  };
  const onApplied = jest.fn();
  const onClose = jest.fn();
  renderWorkspaceView(
    <TrafficDialog
      endpoint={endpoint()}
      open
      onApplied={onApplied}
      onClose={onClose}
    />,
    api,
  );
  return { api, onApplied, onClose };
}

const share = (deployment: string) =>
  screen.getByLabelText(`Traffic to ${deployment} (%)`);
const apply = () => screen.getByRole('button', { name: 'Apply' });

function type(deployment: string, value: string) {
  fireEvent.change(share(deployment), { target: { value } });
}

async function openDialog() {
  return screen.findByRole('dialog', undefined, { timeout: 10_000 });
}

async function tick(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

jest.setTimeout(30_000);

describe('TrafficDialog', () => {
  afterEach(() => jest.useRealTimers());

  it('starts from the current split, with a live total and preview', async () => {
    render({});
    const dialog = await openDialog();
    expect(
      within(dialog).getByRole('heading', {
        name: 'Shift traffic of defect-classifier',
      }),
    ).toBeInTheDocument();
    expect(share('blue')).toHaveValue(90);
    expect(share('green')).toHaveValue(10);
    expect(share('blue').tagName).toBe('INPUT');
    expect(within(dialog).getByText('Total: 100%')).toBeInTheDocument();
    expect(
      within(dialog).getByText('This is the current split.'),
    ).toBeInTheDocument();
    expect(apply()).toBeDisabled();

    type('blue', '70');
    expect(within(dialog).getByText('Total: 80%')).toBeInTheDocument();
    type('green', '30');
    expect(within(dialog).getByText('Total: 100%')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('img', { name: 'Traffic: blue 70%, green 30%' }),
    ).toBeInTheDocument();
    expect(apply()).toBeEnabled();
  });

  it('moves the share with the slider, by keyboard too', async () => {
    render({});
    await openDialog();
    const slider = screen.getByRole('slider', {
      name: 'Traffic to green (slider)',
    });
    expect(slider).toHaveAttribute('aria-valuenow', '10');
    expect(slider).toHaveAttribute('aria-valuetext', '10%');
    slider.focus();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(share('green')).toHaveValue(11);
    expect(screen.getByText('Total: 101%')).toBeInTheDocument();
  });

  it.each([
    [
      { blue: '80', green: '10' },
      'Shares add up to 90%; they must add up to 100%',
    ],
    [
      { blue: '95', green: '10' },
      'Shares add up to 105%; they must add up to 100%',
    ],
    [
      { blue: '89.5', green: '10.5' },
      'The share of blue must be a whole number from 0 to 100',
    ],
    [
      { blue: '-10', green: '110' },
      'The share of blue must be a whole number from 0 to 100',
    ],
    [
      { blue: '', green: '100' },
      'The share of blue must be a whole number from 0 to 100',
    ],
  ])('refuses %p with nothing sent', async (shares, problem) => {
    const { api } = render({});
    const dialog = await openDialog();
    type('blue', shares.blue);
    type('green', shares.green);

    expect(within(dialog).getByText(problem)).toBeInTheDocument();
    expect(apply()).toBeDisabled();
    fireEvent.click(apply());
    // Enter in a field submits the form: still refused.
    fireEvent.submit(share('green'));
    await act(async () => {});
    expect(api.updateEndpointTraffic).not.toHaveBeenCalled();
  });

  it('sends the split, shows the progress and reports the endpoint once Succeeded', async () => {
    jest.useFakeTimers();
    const answers: AzureMlOnlineEndpoint['provisioningState'][] = [
      'Updating',
      'Succeeded',
    ];
    const { api, onApplied, onClose } = render({
      getEndpoint: async () =>
        endpoint({
          traffic: { blue: 0, green: 100 },
          provisioningState: answers.shift()!,
        }),
    });
    const dialog = await openDialog();
    type('blue', '0');
    type('green', '100');
    fireEvent.click(apply());

    expect(
      await within(dialog).findByText(
        'Azure is updating the endpoint… provisioning state: Updating',
      ),
    ).toBeInTheDocument();
    expect(api.updateEndpointTraffic).toHaveBeenCalledWith(
      workspace,
      'defect-classifier',
      { traffic: { blue: 0, green: 100 } },
    );
    expect(share('blue')).toBeDisabled();
    expect(apply()).toBeDisabled();

    await tick(2_000);
    expect(api.getEndpoint).toHaveBeenCalledTimes(1);
    expect(onApplied).not.toHaveBeenCalled();
    await tick(2_000);
    expect(api.getEndpoint).toHaveBeenCalledTimes(2);
    expect(onApplied).toHaveBeenCalledWith(
      expect.objectContaining({
        provisioningState: 'Succeeded',
        traffic: { blue: 0, green: 100 },
      }),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('shows a Failed update in words and stays open', async () => {
    jest.useFakeTimers();
    const { api, onApplied, onClose } = render({
      getEndpoint: async () => endpoint({ provisioningState: 'Failed' }),
    });
    const dialog = await openDialog();
    type('blue', '50');
    type('green', '50');
    fireEvent.click(apply());
    await within(dialog).findByText(
      'Azure is updating the endpoint… provisioning state: Updating',
    );
    await tick(2_000);

    expect(
      within(dialog).getByText('Azure could not update the endpoint'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /the update ended in the provisioning state Failed/,
      ),
    ).toBeInTheDocument();
    expect(onApplied).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(share('blue')).toBeEnabled();
    await tick(10_000);
    expect(api.getEndpoint).toHaveBeenCalledTimes(1);
  });

  it('gives up after 2 minutes of Updating and says so', async () => {
    jest.useFakeTimers();
    const { api, onApplied } = render({});
    const dialog = await openDialog();
    type('blue', '50');
    type('green', '50');
    fireEvent.click(apply());
    await within(dialog).findByText(
      'Azure is updating the endpoint… provisioning state: Updating',
    );
    await tick(118_000);
    expect(
      within(dialog).queryByText(
        'Azure has not finished updating the endpoint',
      ),
    ).not.toBeInTheDocument();
    await tick(2_000);
    expect(
      within(dialog).getByText('Azure has not finished updating the endpoint'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /After 2 minutes the provisioning state is still Updating/,
      ),
    ).toBeInTheDocument();
    expect(api.getEndpoint).toHaveBeenCalledTimes(60);
    expect(onApplied).not.toHaveBeenCalled();
  });

  it.each([
    [
      403,
      'NotAllowedError',
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/defect-classifier': ask for AzureML Data Scientist",
    ],
    [
      409,
      'ConflictError',
      "Endpoint 'defect-classifier' is being updated by another operation; try again when it is done",
    ],
    [
      400,
      'InputError',
      'Invalid traffic: the shares add up to 90, but must add up to 100',
    ],
  ])(
    'shows the backend message of a %i and changes nothing',
    async (status, name, message) => {
      const { api, onApplied, onClose } = render({
        updateEndpointTraffic: async () => {
          throw await responseError(status, name, message);
        },
      });
      const dialog = await openDialog();
      type('blue', '60');
      type('green', '40');
      fireEvent.click(apply());

      expect(
        await within(dialog).findByText('The traffic was not changed'),
      ).toBeInTheDocument();
      expect(within(dialog).getByText(message)).toBeInTheDocument();
      expect(api.updateEndpointTraffic).toHaveBeenCalledTimes(1);
      expect(api.getEndpoint).not.toHaveBeenCalled();
      expect(onApplied).not.toHaveBeenCalled();
      expect(onClose).not.toHaveBeenCalled();
      expect(share('blue')).toHaveValue(60);
      expect(apply()).toBeEnabled();
    },
  );

  it('closes on Cancel without sending anything', async () => {
    const { api, onClose } = render({});
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(api.updateEndpointTraffic).not.toHaveBeenCalled();
  });
});
