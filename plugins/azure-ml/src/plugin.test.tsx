/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { IdentityContext } from '@azure-ml-backstage/plugin-azure-ml-common';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { azureMlApiRef, type AzureMlApi } from './api';
import { azureMlPlugin, AzureMlHubPage } from './plugin';

const identity: IdentityContext = {
  tenantId: '11111111-0000-4000-8000-000000000002',
  objectId: '22222222-0000-4000-8000-000000000007',
  identityMode: 'workload-identity',
  audience: 'https://management.azure.com',
  scopes: ['https://management.azure.com/.default'],
  expiresAt: '2026-05-01T13:00:00.000Z',
};

// A whole app renders in jsdom: slow on a busy machine, so allow more than
// Jest's default 5 s per test.
jest.setTimeout(30_000);

describe('the legacy frontend system plugin', () => {
  it('has the id azure-ml and provides the azureMlApiRef factory', () => {
    expect(azureMlPlugin.getId()).toBe('azure-ml');
    expect(
      Array.from(azureMlPlugin.getApis()).map(factory => factory.api.id),
    ).toEqual(['plugin.azure-ml.service']);
  });

  it('renders AzureMlHubPage with its header, the workspaces and the identity card', async () => {
    const api = {
      getIdentityContext: async () => identity,
      listWorkspaces: async () => ({ items: [], unavailable: [] }),
    } as unknown as AzureMlApi;
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [azureMlApiRef, api],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <Routes>
          <Route path="/azure-ml" element={<AzureMlHubPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/azure-ml'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    const card = await screen.findByRole(
      'region',
      { name: 'Your Azure identity' },
      { timeout: 10_000 },
    );
    expect(
      await within(card).findByText('22222222-0000-4000-8000-000000000007'),
    ).toBeInTheDocument();
    expect(within(card).getByText('workload-identity')).toBeInTheDocument();
    expect(screen.getByText('Azure ML')).toBeInTheDocument();
    expect(screen.getByText('Machine learning hub')).toBeInTheDocument();
    expect(
      screen.getByText(/You can see no Azure Machine Learning workspace/),
    ).toBeInTheDocument();
  });
});
