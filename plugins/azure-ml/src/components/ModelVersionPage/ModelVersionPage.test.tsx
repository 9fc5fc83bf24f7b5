/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, within } from '@testing-library/react';
import type {
  AzureMlModelVersionDetail,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi, AzureMlPageRequest } from '../../api';
import {
  APP_START,
  forbiddenError,
  job as workspaceJob,
  renderWorkspaceView,
  servingEndpoint,
  TAB,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { ModelVersionPage } from './ModelVersionPage';

const versionId = (name: string, version: string) =>
  `${WS_ID}/models/${name}/versions/${version}`;

// As the emulator shapes them: the job's data input is an `azureml:` asset
// reference, its learning rate a literal.
const trainingJob = workspaceJob({
  name: 'job-3',
  displayName: 'train defect detector',
  status: 'Completed',
  computeId: `${WS_ID}/computes/gpu-cluster`,
  endedAt: '2026-04-01T11:00:00.000Z',
  inputs: {
    training_data: {
      type: 'uri_folder',
      uri: 'azureml:defect-images:2',
      mode: 'ro_mount',
    },
    learning_rate: { type: 'literal', value: '0.001' },
  },
});

function versionDetail(
  overrides: Partial<AzureMlModelVersionDetail> = {},
): AzureMlModelVersionDetail {
  return {
    id: versionId('defect-detector', '3'),
    name: 'defect-detector',
    version: '3',
    modelType: 'mlflow_model',
    modelUri:
      'azureml://subscriptions/55555555-0000-4000-8000-000000000001/resourcegroups/rg-vision/workspaces/mlw-vision/datastores/workspaceartifactstore/paths/ExperimentRun/dcid.job-3/model',
    description: 'Finds defects on the line',
    tags: { team: 'vision' },
    jobName: 'job-3',
    createdAt: '2026-04-01T12:00:00.000Z',
    studioUrl: 'https://ml.azure.com/model/defect-detector:3/details',
    job: trainingJob,
    ...overrides,
  };
}

// Blue serves the previous version, green this one; another endpoint
// serves it by its short reference; a third serves another model.
const endpoints = [
  servingEndpoint(
    'defects-bluegreen',
    { blue: 90, green: 10 },
    {
      blue: versionId('defect-detector', '2'),
      green: versionId('defect-detector', '3'),
    },
  ),
  servingEndpoint(
    'defects-canary',
    { main: 100 },
    { main: 'azureml:defect-detector:3' },
  ),
  servingEndpoint(
    'churn-online',
    { main: 100 },
    { main: versionId('churn', '3') },
  ),
];

function defaultFakes() {
  const getModelVersion = jest.fn(async () => versionDetail());
  // Two pages, so the endpoint on the second page only counts if every page is read.
  const listEndpoints = jest.fn(
    async (_ws: WorkspaceRef, request?: AzureMlPageRequest) => {
      const { deployments: _a, ...first } = endpoints[0];
      const rest = endpoints.slice(1).map(({ deployments: _d, ...e }) => e);
      return request?.pageToken === 'page-2'
        ? { items: rest }
        : { items: [first], nextPageToken: 'page-2' };
    },
  );
  const getEndpoint = jest.fn(
    async (_ws: WorkspaceRef, name: string) =>
      endpoints.find(e => e.name === name)!,
  );
  return {
    getModelVersion,
    listEndpoints,
    getEndpoint,
  };
}

function fakeApi(overrides: Partial<AzureMlApi> = {}): Partial<AzureMlApi> {
  return { ...defaultFakes(), ...overrides };
}

function render(api: Partial<AzureMlApi>, version = '3') {
  renderWorkspaceView(<ModelVersionPage />, api, {
    path: `${TAB}/models/:modelName/versions/:version`,
    url: `${TAB}/models/defect-detector/versions/${version}`,
  });
}

function stage(title: string): HTMLElement {
  return within(screen.getByTestId('model-lineage')).getByRole('region', {
    name: title,
  });
}

jest.setTimeout(30_000);

describe('ModelVersionPage', () => {
  it('shows the lineage from the training data through the job to the serving endpoints', async () => {
    const api = defaultFakes();
    render(api);

    expect(
      await within(
        await screen.findByTestId('model-lineage', undefined, APP_START),
      ).findByRole('link', { name: 'defects-canary' }),
    ).toHaveAttribute('href', '/azure-ml-tab/endpoints/defects-canary');

    const lineage = screen.getByTestId('model-lineage');
    // Left to right: data, job, this version, endpoints.
    expect(
      within(lineage)
        .getAllByRole('heading', { level: 3 })
        .map(h => h.textContent),
    ).toEqual(['Trained on', 'Produced by', 'This model version', 'Served by']);

    const data = stage('Trained on');
    expect(
      within(data).getByRole('link', { name: 'training_data' }),
    ).toHaveAttribute('href', '/azure-ml-tab/data');
    expect(data).toHaveTextContent('uri_folder');
    expect(data).toHaveTextContent('azureml:defect-images:2');
    expect(data).not.toHaveTextContent('learning_rate');

    const job = stage('Produced by');
    expect(
      within(job).getByRole('link', { name: 'train defect detector' }),
    ).toHaveAttribute('href', '/azure-ml-tab/jobs/job-3');
    expect(job).toHaveTextContent('Completed');

    expect(stage('This model version')).toHaveTextContent(
      'defect-detector version 3',
    );

    const served = stage('Served by');
    expect(
      within(served)
        .getAllByRole('link')
        .map(link => link.getAttribute('href')),
    ).toEqual([
      '/azure-ml-tab/endpoints/defects-bluegreen',
      '/azure-ml-tab/endpoints/defects-canary',
    ]);
    expect(
      within(served)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'defects-bluegreenDeployment green: 10% of traffic',
      'defects-canaryDeployment main: 100% of traffic',
    ]);
    // Blue serves version 2, not this one.
    expect(served).not.toHaveTextContent('Deployment blue');
    expect(served).not.toHaveTextContent('churn-online');

    expect(api.getModelVersion).toHaveBeenCalledWith(
      workspace,
      'defect-detector',
      '3',
    );
    expect(api.listEndpoints).toHaveBeenCalledTimes(2);
    expect(api.getEndpoint.mock.calls.map(call => call[1])).toEqual([
      'defects-bluegreen',
      'defects-canary',
      'churn-online',
    ]);
  });

  it("shows the version's metadata", async () => {
    render(fakeApi());
    const card = await screen.findByRole(
      'region',
      { name: 'Model version' },
      APP_START,
    );
    expect(
      within(card).getByRole('heading', {
        name: 'defect-detector version 3',
      }),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent('mlflow_model');
    expect(card).toHaveTextContent('Finds defects on the line');
    expect(card).toHaveTextContent(
      new Date('2026-04-01T12:00:00.000Z').toLocaleString(),
    );
    expect(card).toHaveTextContent(versionDetail().modelUri);
    expect(card).toHaveTextContent('team: vision');
    expect(
      within(card).getByRole('link', { name: 'train defect detector' }),
    ).toHaveAttribute('href', '/azure-ml-tab/jobs/job-3');
    expect(
      within(card).getByRole('link', {
        name: 'Open defect-detector version 3 in ML Studio, Opens in a new window',
      }),
    ).toHaveAttribute(
      'href',
      'https://ml.azure.com/model/defect-detector:3/details',
    );
    expect(
      screen.getByRole('link', { name: 'All versions of defect-detector' }),
    ).toHaveAttribute('href', '/azure-ml-tab/models/defect-detector');
    expect(screen.queryByText(/"modelType"/)).not.toBeInTheDocument();
  });

  it('says when the version was registered without a job, and when no endpoint serves it', async () => {
    render(
      fakeApi({
        getModelVersion: async () =>
          versionDetail({
            version: '4',
            id: versionId('defect-detector', '4'),
            jobName: undefined,
            job: undefined,
          }),
      }),
      '4',
    );
    expect(
      await screen.findByText(
        'No endpoint serves this version',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    const lineage = screen.getByTestId('model-lineage');
    expect(lineage).toHaveTextContent(
      'This version was registered without a job: no lineage recorded',
    );
    expect(
      within(lineage).queryByRole('region', { name: 'Trained on' }),
    ).not.toBeInTheDocument();
    expect(within(lineage).queryAllByRole('link')).toEqual([]);
  });

  it('says when the job that produced the version is gone', async () => {
    render(
      fakeApi({
        getModelVersion: async () => versionDetail({ job: undefined }),
      }),
    );
    const lineage = await screen.findByTestId(
      'model-lineage',
      undefined,
      APP_START,
    );
    expect(lineage).toHaveTextContent(
      'The job job-3 that produced this version is no longer in the workspace',
    );
    expect(
      within(lineage).queryByRole('link', { name: /job-3/ }),
    ).not.toBeInTheDocument();
  });

  it('shows a 403 on the version as the backend wrote it, and retries', async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/models/versions/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action";
    let calls = 0;
    const getModelVersion = jest.fn(async () => {
      calls += 1;
      if (calls === 1) throw await forbiddenError(denial);
      return versionDetail();
    });
    render(fakeApi({ getModelVersion }));
    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('model-lineage')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByTestId('model-lineage')).toBeInTheDocument();
    expect(getModelVersion).toHaveBeenCalledTimes(2);
  });

  it('still shows the lineage when the endpoints cannot be listed, with the reason', async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision': needs a role assignment that grants this action";
    const getEndpoint = jest.fn();
    render(
      fakeApi({
        listEndpoints: async () => {
          throw await forbiddenError(denial);
        },
        getEndpoint,
      }),
    );
    expect(
      await screen.findByText(
        'Could not check which endpoints serve this version',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    const lineage = screen.getByTestId('model-lineage');
    expect(within(lineage).getAllByText(denial).length).toBeGreaterThan(0);
    expect(
      within(stage('Produced by')).getByRole('link', {
        name: 'train defect detector',
      }),
    ).toBeInTheDocument();
    expect(getEndpoint).not.toHaveBeenCalled();
  });

  it('names the endpoints it could not read and still lists the others', async () => {
    const denial =
      "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read' on scope '…/onlineEndpoints/defects-canary'";
    const api = defaultFakes();
    render(
      fakeApi({
        getEndpoint: async (ws: WorkspaceRef, name: string) => {
          if (name === 'defects-canary') throw await forbiddenError(denial);
          return api.getEndpoint(ws, name);
        },
      }),
    );
    expect(
      await screen.findByText(
        'Warning: Could not check 1 endpoint; they may serve this version too',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(`defects-canary: ${denial}`)).toBeInTheDocument();
    expect(
      within(stage('Served by'))
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual(['defects-bluegreen']);
  });

  it('shows progress while the version loads, then while the endpoints do', async () => {
    let resolveVersion: (v: AzureMlModelVersionDetail) => void = () => {};
    render(
      fakeApi({
        getModelVersion: () =>
          new Promise(resolve => {
            resolveVersion = resolve;
          }),
        listEndpoints: () => new Promise(() => {}),
      }),
    );
    expect(
      await screen.findByRole('progressbar', undefined, APP_START),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('model-lineage')).not.toBeInTheDocument();

    resolveVersion(versionDetail());

    await screen.findByTestId('model-lineage');
    expect(
      await within(stage('Served by')).findByRole('progressbar'),
    ).toBeInTheDocument();
    expect(
      within(stage('Produced by')).getByRole('link', {
        name: 'train defect detector',
      }),
    ).toBeInTheDocument();
  });
});
