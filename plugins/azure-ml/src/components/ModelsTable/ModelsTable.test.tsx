/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AzureMlModelContainer } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  renderWithFakeMethod,
  rowTexts,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { ModelsTable } from './ModelsTable';

function model(
  name: string,
  overrides: Partial<AzureMlModelContainer> = {},
): AzureMlModelContainer {
  return {
    id: `${WS_ID}/models/${name}`,
    name,
    description: `${name} description`,
    tags: {},
    latestVersion: '3',
    studioUrl: `https://ml.azure.com/model/${name}`,
    ...overrides,
  };
}

function render(listModels: AzureMlApi['listModels']) {
  return renderWithFakeMethod(<ModelsTable />, 'listModels', listModels);
}

jest.setTimeout(30_000);

describe('ModelsTable', () => {
  it('lists the models with links to their versions and to ML Studio', async () => {
    const listModels = render(async () => ({
      items: [
        model('defect-detector', {
          tags: { team: 'vision', stage: 'production' },
        }),
        model('draft', { description: undefined, latestVersion: undefined }),
      ],
    }));

    expect(
      await screen.findByRole('link', { name: 'defect-detector' }, APP_START),
    ).toHaveAttribute('href', '/azure-ml-tab/models/defect-detector');
    expect(rowTexts()).toEqual([
      [
        'defect-detector',
        'defect-detector description',
        '3',
        'team: visionstage: production',
        'Open in ML Studio, Opens in a new window',
      ],
      ['draft', '', 'none', '', 'Open in ML Studio, Opens in a new window'],
    ]);
    expect(screen.getByRole('link', { name: '3' })).toHaveAttribute(
      'href',
      '/azure-ml-tab/models/defect-detector/versions/3',
    );
    const studio = screen.getByRole('link', {
      name: 'Open defect-detector in ML Studio, Opens in a new window',
    });
    expect(studio).toHaveAttribute(
      'href',
      'https://ml.azure.com/model/defect-detector',
    );
    expect(studio).toHaveAttribute('target', '_blank');
    const [firstRow] = screen.getAllByRole('row').slice(1);
    expect(
      within(within(firstRow).getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['team: vision', 'stage: production']);
    expect(listModels).toHaveBeenCalledTimes(1);
    expect(listModels).toHaveBeenCalledWith(workspace, {});
  });

  it('appends the next page on "Load more" and fetches only that page', async () => {
    const listModels = render(async (_ws, request) =>
      request?.pageToken === 'page-2'
        ? { items: [model('c')] }
        : { items: [model('a'), model('b')], nextPageToken: 'page-2' },
    );
    await screen.findByRole('link', { name: 'a' }, APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'c' })).toBeInTheDocument();
    expect(rowTexts().map(row => row[0])).toEqual(['a', 'b', 'c']);
    expect(listModels.mock.calls.map(call => call[1])).toEqual([
      {},
      { pageToken: 'page-2' },
    ]);
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the loaded rows when "Load more" fails, and tries that page again', async () => {
    let failNext = true;
    const listModels = render(async (_ws, request) => {
      if (!request?.pageToken) {
        return { items: [model('a')], nextPageToken: 'page-2' };
      }
      if (failNext) {
        failNext = false;
        throw new Error('Azure is throttling requests');
      }
      return { items: [model('b')] };
    });
    await screen.findByRole('link', { name: 'a' }, APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      (await screen.findAllByText(/Azure is throttling requests/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'a' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'b' })).toBeInTheDocument();
    expect(
      screen.queryByText(/Azure is throttling requests/),
    ).not.toBeInTheDocument();
    expect(listModels.mock.calls.map(call => call[1])).toEqual([
      {},
      { pageToken: 'page-2' },
      { pageToken: 'page-2' },
    ]);
  });

  it('filters the loaded models by name with the search box', async () => {
    render(async () => ({
      items: [model('defect-detector'), model('churn-classifier')],
    }));
    await screen.findByRole('link', { name: 'churn-classifier' }, APP_START);

    fireEvent.change(screen.getByRole('textbox', { name: 'Search' }), {
      target: { value: 'defect' },
    });

    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'churn-classifier' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole('link', { name: 'defect-detector' }),
    ).toBeInTheDocument();
  });

  it('says when no model is registered', async () => {
    render(async () => ({ items: [] }));
    expect(
      await screen.findByText(
        'No models are registered in this workspace',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it, and retries", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/models/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action";
    let calls = 0;
    const listModels = render(async () => {
      calls += 1;
      if (calls === 1) throw await forbiddenError(denial);
      return { items: [model('defect-detector')] };
    });
    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('link', { name: 'defect-detector' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(denial)).not.toBeInTheDocument();
    expect(listModels).toHaveBeenCalledTimes(2);
  });

  it('shows a progress bar while the models load', async () => {
    render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', undefined, APP_START),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
