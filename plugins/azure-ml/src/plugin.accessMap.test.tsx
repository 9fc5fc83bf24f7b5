/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { azureMlApiRef, type AzureMlApi } from './api';
import { AzureMlAccessMapPage } from './plugin';
import { workspace, WS_ID } from './__testUtils__';

jest.setTimeout(30_000);

describe('the legacy access map export', () => {
  it('renders AzureMlAccessMapPage with its header and the map of the workspace in the address', async () => {
    const getAccessMap = jest.fn(async () => ({
      workspaceId: WS_ID,
      projectRolesConfigured: true,
      azure: { status: 'read' },
      principals: [],
    }));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            azureMlApiRef,
            {
              getAccessMap,
              // The advisor's card below the map has its own tests.
              getLeastPrivilege: () => new Promise(() => {}),
              listWorkspaces: jest.fn(async () => ({
                items: [],
                unavailable: [],
              })),
            } as unknown as AzureMlApi,
          ],
        ]}
      >
        <Routes>
          <Route
            path="/azure-ml/access-map"
            element={<AzureMlAccessMapPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [
          `/azure-ml/access-map?${new URLSearchParams({ workspace: WS_ID })}`,
        ],
      },
    );

    expect(
      await screen.findByText(
        'Nobody holds a project role or an Azure role assignment here.',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Azure ML')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Who can do what' }),
    ).toBeInTheDocument();
    expect(getAccessMap).toHaveBeenCalledWith(workspace);
  });
});
