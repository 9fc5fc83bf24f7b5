/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { azureMlApiRef, type AzureMlApi } from './api';
import { AzureMlAuditPage, EntityAzureMlActivityCard } from './plugin';
import { auditRouteRef } from './routes';
import { WS_ID } from './__testUtils__';

const workspaceSystem: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'mlw-vision',
    annotations: { 'ml.azure.com/resource-id': WS_ID },
  },
};

const event = {
  sequence: 1,
  id: 'e1',
  time: '2026-04-01T10:00:00.000Z',
  actor: { userEntityRef: 'user:default/ada' },
  action: 'job.cancel',
  targetResourceId: `${WS_ID}/jobs/job-1`,
  workspaceId: WS_ID,
  parameters: {},
  outcome: 'succeeded',
  source: 'portal',
  previousHash: 'p',
  hash: 'h',
};

function fakeApi() {
  return {
    listAuditEvents: jest.fn(async () => ({ items: [event] })),
    verifyAuditLog: jest.fn(async () => ({
      valid: true,
      checkedEvents: 1,
      fromSequence: 1,
      toSequence: 1,
      verifiedAt: '2026-04-01T10:00:00.000Z',
    })),
  };
}

jest.setTimeout(30_000);

describe('the legacy audit exports', () => {
  it('render AzureMlAuditPage with its header, chain status and events', async () => {
    const api = fakeApi();
    await renderInTestApp(
      <TestApiProvider apis={[[azureMlApiRef, api as unknown as AzureMlApi]]}>
        <Routes>
          <Route path="/azure-ml/audit" element={<AzureMlAuditPage />} />
        </Routes>
      </TestApiProvider>,
      { routeEntries: ['/azure-ml/audit?outcome=succeeded'] },
    );

    expect(
      await screen.findByText('Chain verified: 1 event', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Azure ML')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Audit log' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByTestId('audit-row')).toHaveLength(1),
    );
    expect(api.listAuditEvents).toHaveBeenCalledWith({
      outcome: ['succeeded'],
      limit: 50,
    });
  });

  it('render EntityAzureMlActivityCard linked to the mounted audit page', async () => {
    const api = fakeApi();
    await renderInTestApp(
      <TestApiProvider apis={[[azureMlApiRef, api as unknown as AzureMlApi]]}>
        <EntityProvider entity={workspaceSystem}>
          <EntityAzureMlActivityCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/azure-ml/audit': auditRouteRef } },
    );

    const card = await screen.findByRole(
      'region',
      { name: 'Activity' },
      { timeout: 10_000 },
    );
    expect(
      await within(card).findByText(/user:default\/ada · Cancel job/),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: /View in the audit log/ }),
    ).toHaveAttribute(
      'href',
      `/azure-ml/audit?target=${encodeURIComponent(WS_ID)}`,
    );
  });
});
