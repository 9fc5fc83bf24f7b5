/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen } from '@testing-library/react';
import type { AzureMlModelVersion } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  renderWithFakeMethod,
  rowTexts,
  TAB,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { ModelPage } from './ModelPage';

function modelVersion(
  version: string,
  overrides: Partial<AzureMlModelVersion> = {},
): AzureMlModelVersion {
  return {
    id: `${WS_ID}/models/defect-detector/versions/${version}`,
    name: 'defect-detector',
    version,
    modelType: 'mlflow_model',
    modelUri: `azureml://subscriptions/55555555-0000-4000-8000-000000000001/resourcegroups/rg-vision/workspaces/mlw-vision/datastores/workspaceartifactstore/paths/ExperimentRun/dcid.job-${version}/model`,
    tags: {},
    jobName: `job-${version}`,
    createdAt: '2026-04-01T12:00:00.000Z',
    studioUrl: `https://ml.azure.com/model/defect-detector:${version}/details`,
    ...overrides,
  };
}

function render(
  listModelVersions: AzureMlApi['listModelVersions'],
  modelName = 'defect-detector',
) {
  return renderWithFakeMethod(
    <ModelPage />,
    'listModelVersions',
    listModelVersions,
    { path: `${TAB}/models/:modelName`, url: `${TAB}/models/${modelName}` },
  );
}

jest.setTimeout(30_000);

describe('ModelPage', () => {
  it("lists the model's versions with links to each version and its job", async () => {
    const listModelVersions = render(async () => ({
      items: [
        modelVersion('2', { tags: { stage: 'production' } }),
        modelVersion('1', { jobName: undefined, modelType: 'custom_model' }),
      ],
    }));

    expect(
      await screen.findByRole('link', { name: '2' }, APP_START),
    ).toHaveAttribute(
      'href',
      '/azure-ml-tab/models/defect-detector/versions/2',
    );
    expect(screen.getByText('Versions of defect-detector')).toBeInTheDocument();
    const created = new Date('2026-04-01T12:00:00.000Z').toLocaleString();
    expect(rowTexts()).toEqual([
      [
        '2',
        'mlflow_model',
        created,
        'job-2',
        'stage: production',
        modelVersion('2').modelUri,
      ],
      ['1', 'custom_model', created, '', '', modelVersion('1').modelUri],
    ]);
    expect(screen.getByRole('link', { name: 'job-2' })).toHaveAttribute(
      'href',
      '/azure-ml-tab/jobs/job-2',
    );
    expect(screen.getByRole('link', { name: 'All models' })).toHaveAttribute(
      'href',
      '/azure-ml-tab/models',
    );
    expect(listModelVersions).toHaveBeenCalledWith(
      workspace,
      'defect-detector',
      {},
    );
  });

  it('encodes a model name that is not URL-safe in its links', async () => {
    const listModelVersions = render(
      async () => ({
        items: [modelVersion('1', { name: 'defects v2' })],
      }),
      'defects%20v2',
    );
    expect(
      await screen.findByRole('link', { name: '1' }, APP_START),
    ).toHaveAttribute('href', '/azure-ml-tab/models/defects%20v2/versions/1');
    expect(listModelVersions).toHaveBeenCalledWith(workspace, 'defects v2', {});
  });

  it('appends the next page of versions on "Load more"', async () => {
    const listModelVersions = render(async (_ws, _name, request) =>
      request?.pageToken === 'page-2'
        ? { items: [modelVersion('1')] }
        : {
            items: [modelVersion('3'), modelVersion('2')],
            nextPageToken: 'page-2',
          },
    );
    await screen.findByRole('link', { name: '3' }, APP_START);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: '1' })).toBeInTheDocument();
    expect(rowTexts().map(row => row[0])).toEqual(['3', '2', '1']);
    expect(listModelVersions).toHaveBeenLastCalledWith(
      workspace,
      'defect-detector',
      { pageToken: 'page-2' },
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it('says when the model has no version', async () => {
    render(async () => ({ items: [] }));
    expect(
      await screen.findByText(
        'No versions of this model are registered',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
  });

  it("shows a 403's message as the backend wrote it", async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.model.read' (read) on system:default/mlw-vision; ask the owners of mlw-vision for access";
    render(async () => {
      throw await forbiddenError(denial);
    });
    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All models' }),
    ).toBeInTheDocument();
  });

  it('shows a progress bar while the versions load', async () => {
    render(() => new Promise(() => {}));
    expect(
      await screen.findByRole('progressbar', undefined, APP_START),
    ).toBeInTheDocument();
  });
});
