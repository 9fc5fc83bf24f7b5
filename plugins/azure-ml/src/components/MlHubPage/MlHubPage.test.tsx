/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Entity } from '@backstage/catalog-model';
import type {
  AzureMlJob,
  AzureMlOnlineEndpointSummary,
  AzureMlWorkspace,
  AzureMlWorkspaceList,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  azureMlApiRef,
  type AzureMlApi,
  type AzureMlJobListRequest,
} from '../../api';
import {
  job as workspaceJob,
  SUBSCRIPTION_ID as SUB,
} from '../../__testUtils__';
import { MlHubPage } from './MlHubPage';

const NOW = Date.now();
const DAY = 24 * 3600_000;

function workspace(name: string, displayName: string): AzureMlWorkspace {
  return {
    id: `/subscriptions/${SUB}/resourceGroups/rg-${name}/providers/Microsoft.MachineLearningServices/workspaces/mlw-${name}`,
    name: `mlw-${name}`,
    displayName,
    subscriptionId: SUB,
    resourceGroup: `rg-${name}`,
    tenantId: '11111111-0000-4000-8000-000000000001',
    location: 'westeurope',
    tags: {},
    mlflowTrackingUri: 'azureml://x',
    studioUrl: `https://ml.azure.com/?wsid=${name}`,
  };
}

function job(
  name: string,
  status: AzureMlJob['status'],
  daysAgo: number,
): AzureMlJob {
  return workspaceJob({
    name,
    status,
    createdAt: new Date(NOW - daysAgo * DAY).toISOString(),
  });
}

const vision = workspace('vision', 'Computer vision');
const nlp = workspace('nlp', 'Language');

const visionJobs = [
  job('a', 'Running', 0.1),
  job('b', 'Failed', 1),
  job('c', 'Completed', 2),
  job('d', 'Failed', 10),
  job('e', 'Completed', 20),
];

function endpoint(
  name: string,
  provisioningState: AzureMlOnlineEndpointSummary['provisioningState'],
) {
  return { name, provisioningState } as AzureMlOnlineEndpointSummary;
}

function fakeApi(list: AzureMlWorkspaceList): AzureMlApi {
  return {
    listWorkspaces: async () => list,
    listJobs: async (ws: WorkspaceRef, request: AzureMlJobListRequest = {}) => {
      if (ws.workspaceName === 'mlw-nlp') {
        throw Object.assign(new Error('forbidden'), { statusCode: 403 });
      }
      const items = visionJobs.filter(
        j => !request.status || request.status.includes(j.status),
      );
      return { items };
    },
    listEndpoints: async () => ({
      items: [endpoint('ok', 'Succeeded'), endpoint('broken', 'Failed')],
    }),
    getIdentityContext: async () => {
      throw new Error('not needed here');
    },
  } as unknown as AzureMlApi;
}

const visionEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'mlw-vision',
    namespace: 'default',
    annotations: { 'ml.azure.com/resource-id': vision.id },
  },
};

function render(list: AzureMlWorkspaceList) {
  return renderInTestApp(<MlHubPage />, {
    apis: [
      [azureMlApiRef, fakeApi(list)],
      catalogApiMock({ entities: [visionEntity] }),
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

jest.setTimeout(30_000);

describe('MlHubPage', () => {
  it('lists each workspace with its job counts, endpoint health and catalog link', async () => {
    await render({ items: [vision, nlp], unavailable: [] });

    const link = await screen.findByRole(
      'link',
      { name: 'Computer vision' },
      { timeout: 10_000 },
    );
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/system/mlw-vision/azure-ml',
    );
    const row = link.closest('tr')!;
    expect(
      await within(row).findByText('1 running or queued'),
    ).toBeInTheDocument();
    expect(within(row).getByText('1 failed in 7 days')).toBeInTheDocument();
    expect(within(row).getByText('3 jobs in 7 days')).toBeInTheDocument();
    expect(
      within(row).getByText('1 of 2 endpoints not healthy'),
    ).toBeInTheDocument();

    const nlpRow = screen.getByText('Language').closest('tr')!;
    expect(within(nlpRow).getByText(/not in the catalog/)).toBeInTheDocument();
    expect(
      await within(nlpRow).findByText(/Could not load: forbidden/),
    ).toBeInTheDocument();
  });

  it('says which subscriptions could not be listed, and why', async () => {
    await render({
      items: [],
      unavailable: [
        {
          subscriptionId: '55555555-0000-4000-8000-000000000011',
          tenantId: '11111111-0000-4000-8000-000000000002',
          status: 401,
          message: 'AADSTS50020: the user is not a guest in this tenant',
        },
      ],
    });
    expect(
      await screen.findByText(/1 subscription\(s\) could not be listed/),
    ).toBeInTheDocument();
    expect(screen.getByText(/AADSTS50020/)).toBeInTheDocument();
    expect(
      screen.getByText(/You can see no Azure Machine Learning workspace/),
    ).toBeInTheDocument();
  });
});
