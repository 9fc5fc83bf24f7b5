/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { azureMlApiRef, type AzureMlApi } from './api';
import { AzureMlAccessDoctorPage } from './plugin';
import { WS_ID } from './__testUtils__';

jest.setTimeout(30_000);

describe('the legacy access doctor export', () => {
  it('renders AzureMlAccessDoctorPage with its header and the report of the workspace in the address', async () => {
    const getAccessDoctorReport = jest.fn(async () => ({
      subject: { kind: 'me' },
      workspaceId: WS_ID,
      workspaceTenantId: '11111111-0000-4000-8000-000000000001',
      checkedAt: '2026-04-01T10:00:00.000Z',
      checks: [
        {
          id: 'azure-permissions',
          title: 'Azure permissions',
          verdict: 'fail',
          summary: 'Cancelling jobs is not granted.',
          evidence: [],
        },
      ],
    }));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [azureMlApiRef, { getAccessDoctorReport } as unknown as AzureMlApi],
        ]}
      >
        <Routes>
          <Route
            path="/azure-ml/access-doctor"
            element={<AzureMlAccessDoctorPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [
          `/azure-ml/access-doctor?${new URLSearchParams({
            workspace: WS_ID,
            subject: 'service',
          })}`,
        ],
      },
    );

    expect(
      await screen.findByText('Cancelling jobs is not granted.', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Azure ML')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Access doctor' }),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: WS_ID,
      subject: 'service',
    });
  });
});
