/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, waitFor, within } from '@testing-library/react';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Entity } from '@backstage/catalog-model';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { WS_ID } from '../__testUtils__';
import { azureMlActivityCardExtension } from './azureMlActivityCardExtension';
import { azureMlFrontendPlugin } from './azureMlFrontendPlugin';

function fakeApi() {
  const api = {
    listAuditEvents: jest.fn(async () => ({ items: [] })),
    verifyAuditLog: jest.fn(async () => ({
      valid: true,
      checkedEvents: 0,
      fromSequence: 0,
      toSequence: 0,
      verifiedAt: '2026-04-01T10:00:00.000Z',
    })),
    listWorkspaces: jest.fn(async () => ({ items: [], unavailable: [] })),
    getIdentityContext: jest.fn(() => new Promise(() => {})),
  };
  return { api, ref: [azureMlApiRef, api as unknown as AzureMlApi] as const };
}

jest.setTimeout(30_000);

describe('the audit extensions', () => {
  it('serve the audit log as the "Audit log" tab of the Azure ML page, at /azure-ml/audit', async () => {
    const { api, ref } = fakeApi();
    renderTestApp({
      features: [azureMlFrontendPlugin],
      initialRouteEntries: ['/azure-ml/audit'],
      apis: [ref, catalogApiMock()],
    });

    expect(
      await screen.findByText('Chain verified: 0 events', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Azure ML' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Workspaces' })).toBeInTheDocument();
    await waitFor(() => expect(api.listAuditEvents).toHaveBeenCalled());
    expect(api.listWorkspaces).not.toHaveBeenCalled();
    // One nav item for the plugin, not one per tab.
    const sidebar = screen.getByRole('navigation', { name: 'sidebar nav' });
    expect(
      within(sidebar)
        .getAllByRole('link')
        .map(link => link.getAttribute('href'))
        .filter(href => href?.startsWith('/azure-ml')),
    ).toEqual(['/azure-ml']);
  });

  it('open the ML hub, the first tab, at /azure-ml', async () => {
    const { api, ref } = fakeApi();
    renderTestApp({
      features: [azureMlFrontendPlugin],
      initialRouteEntries: ['/azure-ml'],
      apis: [ref, catalogApiMock()],
    });

    expect(
      await screen.findByText('Machine learning hub', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(api.listWorkspaces).toHaveBeenCalled();
    expect(api.listAuditEvents).not.toHaveBeenCalled();
  });

  it('offer the Activity card to workspace, model and endpoint entities only', () => {
    const filter = createExtensionTester(azureMlActivityCardExtension).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    const withId = (kind: string, id: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x', annotations: { 'ml.azure.com/resource-id': id } },
    });
    expect(filter(withId('System', WS_ID))).toBe(true);
    expect(filter(withId('Resource', `${WS_ID}/models/defects`))).toBe(true);
    expect(
      filter(withId('Component', `${WS_ID}/onlineEndpoints/ep-vision`)),
    ).toBe(true);
    expect(filter(withId('Resource', `${WS_ID}/computes/gpu`))).toBe(false);
    expect(
      filter({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'y' },
      }),
    ).toBe(false);
  });
});
