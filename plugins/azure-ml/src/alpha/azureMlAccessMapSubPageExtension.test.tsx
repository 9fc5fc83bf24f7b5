/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { AzureMlAccessMap } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { APP_START, workspace, WS_ID } from '../__testUtils__';
import { azureMlFrontendPlugin } from './azureMlFrontendPlugin';

const map: AzureMlAccessMap = {
  workspaceId: WS_ID,
  projectRolesConfigured: true,
  azure: { status: 'read' },
  principals: [
    {
      kind: 'group',
      entityRef: 'group:default/team-vision',
      displayName: 'team-vision',
      projectRoles: [
        {
          role: 'developer',
          scope: 'owned',
          group: 'group:default/team-vision',
          appliesHere: true,
        },
      ],
      features: ['job.cancel'],
      roleAssignments: [],
      drift: { excess: [], missing: [] },
    },
  ],
};

jest.setTimeout(30_000);

describe('the access map extension', () => {
  it('serves the access map as the "Who can do what" tab of the Azure ML page, at /azure-ml/access-map', async () => {
    const getAccessMap = jest.fn(async () => map);
    renderTestApp({
      features: [azureMlFrontendPlugin],
      initialRouteEntries: [
        `/azure-ml/access-map?${new URLSearchParams({ workspace: WS_ID })}`,
      ],
      apis: [
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
        catalogApiMock(),
      ],
    });

    expect(
      await screen.findByRole(
        'table',
        { name: 'Who can do what in mlw-vision' },
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('team-vision')).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Who can do what' }),
    ).toBeInTheDocument();
    expect(getAccessMap).toHaveBeenCalledWith(workspace);
  });
});
