/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen } from '@testing-library/react';
import type { AzureMlApi } from '../../api';
import {
  endpointSummary,
  forbiddenError,
  renderWithFakeMethod,
  rowTexts,
  workspace,
} from '../../__testUtils__';
import { EndpointsTable } from './EndpointsTable';

function render(listEndpoints: AzureMlApi['listEndpoints']) {
  return renderWithFakeMethod(
    <EndpointsTable />,
    'listEndpoints',
    listEndpoints,
  );
}

jest.setTimeout(30_000);

describe('EndpointsTable', () => {
  it('lists the endpoints with state, auth mode, traffic, URI and links', async () => {
    const listEndpoints = render(async () => ({
      items: [
        endpointSummary(),
        endpointSummary({
          name: 'anomaly-scorer',
          authMode: 'AMLToken',
          provisioningState: 'Updating',
          traffic: { main: 100 },
          scoringUri:
            'https://anomaly-scorer.westeurope.inference.ml.azure.com/score',
          studioUrl:
            'https://ml.azure.com/endpoints/realtime/anomaly-scorer/detail',
        }),
      ],
    }));

    expect(
      await screen.findByText('defect-classifier', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(rowTexts()).toEqual([
      [
        'defect-classifier',
        'Succeeded',
        'Key',
        'blue 90%green 10%',
        'https://defect-classifier.westeurope.inference.ml.azure.com/score',
        'Open in studio, Opens in a new window',
      ],
      [
        'anomaly-scorer',
        'Updating',
        'AMLToken',
        'main 100%',
        'https://anomaly-scorer.westeurope.inference.ml.azure.com/score',
        'Open in studio, Opens in a new window',
      ],
    ]);
    expect(
      screen.getByRole('link', { name: 'defect-classifier' }),
    ).toHaveAttribute('href', '/azure-ml-tab/endpoints/defect-classifier');
    expect(
      screen.getByRole('img', { name: 'Traffic: blue 90%, green 10%' }),
    ).toBeInTheDocument();
    const studio = screen.getByRole('link', {
      name: /^Open anomaly-scorer in ML Studio/,
    });
    expect(studio).toHaveAttribute(
      'href',
      'https://ml.azure.com/endpoints/realtime/anomaly-scorer/detail',
    );
    expect(studio).toHaveAttribute('target', '_blank');
    expect(listEndpoints).toHaveBeenCalledWith(workspace, {});
  });

  it('appends the next page on "Load more"', async () => {
    const listEndpoints = render(async (_ws, request) =>
      request?.pageToken === 'page-2'
        ? { items: [endpointSummary({ name: 'third' })] }
        : {
            items: [
              endpointSummary({ name: 'first' }),
              endpointSummary({ name: 'second' }),
            ],
            nextPageToken: 'page-2',
          },
    );
    await screen.findByText('first', undefined, { timeout: 10_000 });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('third')).toBeInTheDocument();
    expect(rowTexts().map(row => row[0])).toEqual(['first', 'second', 'third']);
    expect(listEndpoints).toHaveBeenLastCalledWith(workspace, {
      pageToken: 'page-2',
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('says when the workspace has no endpoints', async () => {
    render(async () => ({ items: [] }));
    expect(
      await screen.findByText(
        'This workspace has no online endpoints',
        undefined,
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it, and retries", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': ask for AzureML Data Scientist";
    let fail = true;
    const listEndpoints = render(async () => {
      if (fail) throw await forbiddenError(denial);
      return { items: [endpointSummary()] };
    });
    expect(
      (await screen.findAllByText(denial, undefined, { timeout: 10_000 }))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('defect-classifier')).toBeInTheDocument();
    expect(listEndpoints).toHaveBeenCalledTimes(2);
  });

  it('shows a progress bar while the endpoints load', async () => {
    render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
