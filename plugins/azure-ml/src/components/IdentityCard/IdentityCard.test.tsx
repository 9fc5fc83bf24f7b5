/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { IdentityContext } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import { forbiddenError } from '../../__testUtils__';
import { IdentityCard } from './IdentityCard';

const identity: IdentityContext = {
  tenantId: '11111111-0000-4000-8000-000000000001',
  objectId: '22222222-0000-4000-8000-000000000042',
  identityMode: 'delegated',
  audience: 'https://management.azure.com',
  scopes: ['https://management.azure.com/user_impersonation', 'openid'],
  expiresAt: '2026-05-01T12:00:00.000Z',
};

const denial =
  "Backstage permission 'azureMl.identity.read' was denied for user:default/ada; ask your portal admins for the 'ml-reader' project role.";

const forbidden = () =>
  forbiddenError(denial, { method: 'GET', url: '/api/azure-ml/identity' });

/** An AzureMlApi whose getIdentityContext answers from the given list, in turn. */
function fakeAzureMlApi(
  ...answers: Array<() => Promise<IdentityContext>>
): AzureMlApi & { calls: number } {
  const api = {
    calls: 0,
    getIdentityContext: () => {
      const answer = answers[Math.min(api.calls, answers.length - 1)];
      api.calls += 1;
      return answer();
    },
  };
  return api as unknown as AzureMlApi & { calls: number };
}

// A whole app renders in jsdom: slow on a busy machine, so allow more than
// Jest's default 5 s per test.
jest.setTimeout(30_000);

describe('IdentityCard', () => {
  it('shows the identity the portal calls Azure as', async () => {
    const api = fakeAzureMlApi(async () => identity);
    renderInTestApp(<IdentityCard />, { apis: [[azureMlApiRef, api]] });

    const card = await screen.findByRole(
      'region',
      { name: 'Your Azure identity' },
      { timeout: 10_000 },
    );
    expect(
      await within(card).findByText('11111111-0000-4000-8000-000000000001'),
    ).toBeInTheDocument();

    const rows = Array.from(card.querySelectorAll('tr')).map(tr =>
      Array.from(tr.cells).map(cell => cell.textContent),
    );
    expect(rows).toEqual([
      ['Tenant id', '11111111-0000-4000-8000-000000000001'],
      ['Object id', '22222222-0000-4000-8000-000000000042'],
      [
        'Identity mode',
        'delegated — Calls to Azure are made as you, on your behalf (on-behalf-of).',
      ],
      ['Token audience', 'https://management.azure.com'],
      ['Scopes', 'https://management.azure.com/user_impersonationopenid'],
      ['Expires', '2026-05-01T12:00:00.000Z'],
    ]);
    expect(
      within(card)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['https://management.azure.com/user_impersonation', 'openid']);
    expect(
      within(card).getByText(
        'The portal calls Azure with this identity. The token itself stays on the server and is never shown.',
      ),
    ).toBeInTheDocument();
    expect(api.calls).toBe(1);
  });

  it('says when no scopes were granted', async () => {
    const api = fakeAzureMlApi(async () => ({ ...identity, scopes: [] }));
    renderInTestApp(<IdentityCard />, { apis: [[azureMlApiRef, api]] });

    const scopes = await screen.findByText('Scopes', undefined, {
      timeout: 10_000,
    });
    expect(scopes.nextElementSibling?.textContent).toBe('none');
  });

  it('shows nothing of the identity while it loads', async () => {
    const api = fakeAzureMlApi(() => new Promise<IdentityContext>(() => {}));
    renderInTestApp(<IdentityCard />, { apis: [[azureMlApiRef, api]] });

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Your Azure identity' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Tenant id')).not.toBeInTheDocument();
    expect(screen.queryByText(/could not load/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it("shows the backend's error and status when loading fails, and retries", async () => {
    const api = fakeAzureMlApi(
      async () => {
        throw await forbidden();
      },
      async () => identity,
    );
    renderInTestApp(<IdentityCard />, { apis: [[azureMlApiRef, api]] });

    expect(
      await screen.findByText(
        'The portal could not load your Azure identity (HTTP 403).',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Your Azure identity' });
    expect(
      within(card).getByText('Error: Request failed with 403 Forbidden'),
    ).toBeInTheDocument();
    expect(within(card).getByText('403: NotAllowedError')).toBeInTheDocument();
    expect(within(card).getAllByText(denial).length).toBeGreaterThan(0);
    expect(
      within(card).getByText('GET /api/azure-ml/identity'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Tenant id')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText('22222222-0000-4000-8000-000000000042'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/could not load/)).not.toBeInTheDocument();
    expect(api.calls).toBe(2);
  });

  it('shows an error that did not come from the backend as it is', async () => {
    const api = fakeAzureMlApi(async () => {
      throw new Error('The user rejected the sign-in');
    });
    renderInTestApp(<IdentityCard />, { apis: [[azureMlApiRef, api]] });

    expect(
      await screen.findByText(
        'The portal could not load your Azure identity.',
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('The user rejected the sign-in').length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(api.calls).toBe(1);
  });
});
