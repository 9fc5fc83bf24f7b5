/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { IdentityContext } from '@azure-ml-backstage/plugin-azure-ml-common';
import azureMlPlugin from './alpha';
import { azureMlApiExtension } from './alpha/index';
import { azureMlApiRef, type AzureMlApi } from './api';
import { forbiddenError } from './__testUtils__';

const identity: IdentityContext = {
  tenantId: '11111111-0000-4000-8000-000000000001',
  objectId: '22222222-0000-4000-8000-000000000042',
  identityMode: 'delegated',
  audience: 'https://management.azure.com',
  scopes: ['https://management.azure.com/user_impersonation'],
  expiresAt: '2026-05-01T12:00:00.000Z',
};

function fakeAzureMlApi(
  getIdentityContext: () => Promise<IdentityContext>,
): AzureMlApi {
  return {
    getIdentityContext,
    listWorkspaces: async () => ({ items: [], unavailable: [] }),
  } as unknown as AzureMlApi;
}

// A whole app renders in jsdom: slow on a busy machine, so allow more than
// Jest's default 5 s per test.
jest.setTimeout(30_000);

describe('the new frontend system plugin', () => {
  it('is the default export, with the plugin id azure-ml', () => {
    expect(azureMlPlugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(azureMlPlugin.id).toBe('azure-ml');
  });

  it('provides the AzureMlClient for azureMlApiRef from the core APIs', () => {
    const factory = createExtensionTester(azureMlApiExtension).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api.id).toBe('plugin.azure-ml.service');
    expect(Object.values(factory.deps).map(ref => ref.id)).toEqual([
      'core.discovery',
      'core.fetch',
      'core.auth.microsoft',
      'core.config',
    ]);
  });

  it('serves the ML hub at /azure-ml with the identity card', async () => {
    renderTestApp({
      features: [azureMlPlugin],
      initialRouteEntries: ['/azure-ml'],
      apis: [
        [azureMlApiRef, fakeAzureMlApi(async () => identity)],
        catalogApiMock(),
      ],
    });

    const card = await screen.findByRole(
      'region',
      { name: 'Your Azure identity' },
      { timeout: 10_000 },
    );
    expect(
      await within(card).findByText(
        '22222222-0000-4000-8000-000000000042',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Azure ML' }),
    ).toBeInTheDocument();
    const sidebar = screen.getByRole('navigation', { name: 'sidebar nav' });
    expect(
      within(sidebar).getByRole('link', { name: 'Azure ML' }),
    ).toHaveAttribute('href', '/azure-ml');
    expect(within(card).getByText('delegated')).toBeInTheDocument();
  });

  it('shows the NotAllowedError of the backend on the page', async () => {
    const denial = 'You may not read Azure ML identities.';
    renderTestApp({
      features: [azureMlPlugin],
      initialRouteEntries: ['/azure-ml'],
      apis: [
        [
          azureMlApiRef,
          fakeAzureMlApi(async () => {
            throw await forbiddenError(denial);
          }),
        ],
        catalogApiMock(),
      ],
    });

    expect(
      await screen.findByText(
        'The portal could not load your Azure identity (HTTP 403).',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Error: Request failed with 403 Forbidden'),
    ).toBeInTheDocument();
    expect(screen.getByText('403: NotAllowedError')).toBeInTheDocument();
    expect(screen.getAllByText(denial).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
