/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AzureMlDataAsset } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  renderWithFakeMethod,
  rowTexts,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { DataAssetsTable } from './DataAssetsTable';

function dataAsset(
  name: string,
  version: string,
  overrides: Partial<AzureMlDataAsset> = {},
): AzureMlDataAsset {
  return {
    id: `${WS_ID}/data/${name}/versions/${version}`,
    name,
    version,
    dataType: 'uri_folder',
    dataUri: `azureml://subscriptions/55555555-0000-4000-8000-000000000001/resourcegroups/rg-vision/workspaces/mlw-vision/datastores/workspaceblobstore/paths/${name}/v${version}/`,
    tags: {},
    createdAt: '2026-03-30T08:00:00.000Z',
    studioUrl: `https://ml.azure.com/data/${name}/${version}/details`,
    ...overrides,
  };
}

function render(listDataAssets: AzureMlApi['listDataAssets']) {
  return renderWithFakeMethod(
    <DataAssetsTable />,
    'listDataAssets',
    listDataAssets,
  );
}

jest.setTimeout(30_000);

describe('DataAssetsTable', () => {
  it('lists the data asset versions with their URI and a Studio link', async () => {
    const listDataAssets = render(async () => ({
      items: [
        dataAsset('defect-images', '2', { tags: { source: 'line-3' } }),
        dataAsset('labels', '1', {
          dataType: 'mltable',
          dataUri: 'https://contoso.blob.core.windows.net/labels/MLTable',
        }),
      ],
    }));

    expect(
      await screen.findByText('defect-images', undefined, APP_START),
    ).toBeInTheDocument();
    const created = new Date('2026-03-30T08:00:00.000Z').toLocaleString();
    expect(rowTexts()).toEqual([
      [
        'defect-images',
        '2',
        'uri_folder',
        dataAsset('defect-images', '2').dataUri,
        created,
        'source: line-3',
        'Open in ML Studio, Opens in a new window',
      ],
      [
        'labels',
        '1',
        'mltable',
        'https://contoso.blob.core.windows.net/labels/MLTable',
        created,
        '',
        'Open in ML Studio, Opens in a new window',
      ],
    ]);
    expect(
      screen.getByRole('link', {
        name: 'Open labels version 1 in ML Studio, Opens in a new window',
      }),
    ).toHaveAttribute('href', 'https://ml.azure.com/data/labels/1/details');
    expect(listDataAssets).toHaveBeenCalledWith(workspace, {});
  });

  it('filters by name with the search box, not by other columns', async () => {
    render(async () => ({
      items: [
        dataAsset('defect-images', '2'),
        dataAsset('labels', '1', { dataType: 'mltable' }),
      ],
    }));
    await screen.findByText('labels', undefined, APP_START);
    const search = screen.getByRole('textbox', { name: 'Search' });

    fireEvent.change(search, { target: { value: 'label' } });
    await waitFor(() =>
      expect(screen.queryByText('defect-images')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('labels')).toBeInTheDocument();

    // "uri_folder" is the type of defect-images, not a name.
    fireEvent.change(search, { target: { value: 'uri_folder' } });
    await waitFor(() =>
      expect(screen.queryByText('labels')).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('defect-images')).not.toBeInTheDocument();
  });

  it('appends the next page on "Load more"', async () => {
    const listDataAssets = render(async (_ws, request) =>
      request?.pageToken === 'page-2'
        ? { items: [dataAsset('c', '1')] }
        : {
            items: [dataAsset('a', '1'), dataAsset('b', '1')],
            nextPageToken: 'page-2',
          },
    );
    await screen.findByText('a', undefined, APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('c')).toBeInTheDocument();
    expect(rowTexts().map(row => row[0])).toEqual(['a', 'b', 'c']);
    expect(listDataAssets).toHaveBeenLastCalledWith(workspace, {
      pageToken: 'page-2',
    });
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('says when no data asset is registered', async () => {
    render(async () => ({ items: [] }));
    expect(
      await screen.findByText(
        'No data assets are registered in this workspace',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it", async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/data/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action";
    render(async () => {
      throw await forbiddenError(denial);
    });
    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows a progress bar while the data assets load', async () => {
    render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', undefined, APP_START),
    ).toBeInTheDocument();
  });
});
