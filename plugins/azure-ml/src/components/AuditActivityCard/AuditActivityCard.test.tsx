/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import { auditRouteRef } from '../../routes';
import { APP_START, forbiddenError, WS_ID } from '../../__testUtils__';
import { AuditActivityCard } from './AuditActivityCard';
import { isAzureMlActivityAvailable } from './activityTarget';

const ENDPOINT_ID = `${WS_ID}/onlineEndpoints/ep-vision`;
const MODEL_ID = `${WS_ID}/models/defects`;

function entity(kind: string, resourceId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: 'x',
      annotations: resourceId ? { 'ml.azure.com/resource-id': resourceId } : {},
    },
    spec: {},
  };
}

function auditEvent(
  sequence: number,
  overrides: Partial<AzureMlAuditEvent> = {},
): AzureMlAuditEvent {
  return {
    sequence,
    id: `event-${sequence}`,
    time: '2026-04-01T10:00:00.000Z',
    actor: { userEntityRef: 'user:default/ada' },
    action: 'endpoint.traffic.update',
    targetResourceId: ENDPOINT_ID,
    workspaceId: WS_ID,
    parameters: {},
    outcome: 'succeeded',
    source: 'portal',
    previousHash: 'p',
    hash: 'h',
    ...overrides,
  };
}

function render(
  listAuditEvents: AzureMlApi['listAuditEvents'],
  subject: Entity,
  options: { auditPage?: boolean } = {},
) {
  const list = jest.fn(listAuditEvents);
  renderInTestApp(
    <EntityProvider entity={subject}>
      <AuditActivityCard />
    </EntityProvider>,
    {
      apis: [
        [azureMlApiRef, { listAuditEvents: list } as unknown as AzureMlApi],
      ],
      mountedRoutes:
        options.auditPage === false ? {} : { '/azure-ml/audit': auditRouteRef },
    },
  );
  return list;
}

jest.setTimeout(30_000);

describe('AuditActivityCard', () => {
  it('lists the last 10 events of an endpoint as who · what · outcome · when, linked to the audit log filtered to it', async () => {
    const list = render(
      async () => ({
        items: [
          auditEvent(2),
          auditEvent(1, {
            actor: { service: 'plugin:scaffolder' },
            action: 'template.run',
            outcome: 'denied',
            deniedBy: 'backstage',
            message: 'Backstage permission policy denied it',
          }),
        ],
        nextPageToken: 'more',
      }),
      entity('Component', ENDPOINT_ID),
    );

    const items = await screen.findAllByRole('listitem', undefined, APP_START);
    const time = new Date('2026-04-01T10:00:00.000Z').toLocaleString();
    expect(items.map(item => item.textContent)).toEqual([
      `user:default/ada · Update endpoint traffic · Succeeded · ${time}`,
      `plugin:scaffolder · Run software template · Denied by Backstage · ${time}Backstage permission policy denied it`,
    ]);
    expect(list).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledWith({
      targetResourceId: ENDPOINT_ID,
      limit: 10,
    });
    const card = screen.getByRole('region', { name: 'Activity' });
    const link = within(card).getByRole('link', {
      name: /View in the audit log/,
    });
    const href = new URL(link.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/azure-ml/audit');
    expect(href.searchParams.get('target')).toBe(ENDPOINT_ID);
  });

  it("asks for everything under a workspace's id", async () => {
    const list = render(async () => ({ items: [] }), entity('System', WS_ID));

    expect(
      await screen.findByText(
        'No activity recorded yet.',
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(list).toHaveBeenCalledWith({ targetResourceId: WS_ID, limit: 10 });
  });

  it('shows no link in an app without the audit page', async () => {
    render(
      async () => ({ items: [auditEvent(1)] }),
      entity('Resource', MODEL_ID),
      {
        auditPage: false,
      },
    );

    await screen.findAllByRole('listitem', undefined, APP_START);
    expect(
      screen.queryByRole('link', { name: /View in the audit log/ }),
    ).not.toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    render(() => new Promise(() => {}), entity('System', WS_ID));
    expect(
      await screen.findByTestId('progress', undefined, APP_START),
    ).toBeInTheDocument();
  });

  it('names the missing permission on a 403 and retries', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
    const list = render(async () => {
      throw await forbiddenError(denial);
    }, entity('System', WS_ID));

    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
  });

  it('asks nothing for an entity without a workspace, model or endpoint id', async () => {
    const list = render(
      async () => ({ items: [] }),
      entity('Resource', `${WS_ID}/computes/gpu-cluster`),
    );

    expect(
      await screen.findByText(
        /has no Azure Machine Learning workspace, model or endpoint id/,
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });
});

describe('isAzureMlActivityAvailable', () => {
  it.each([
    ['a workspace', true, WS_ID],
    ['a model', true, MODEL_ID],
    ['a model version', true, `${MODEL_ID}/versions/3`],
    ['an online endpoint', true, ENDPOINT_ID],
    ['a compute', false, `${WS_ID}/computes/gpu-cluster`],
    ['a data asset', false, `${WS_ID}/data/images`],
    ['no id', false, undefined],
    ['a malformed id', false, '/subscriptions/x'],
  ])('for %s: %s', (_what, expected, id) => {
    expect(isAzureMlActivityAvailable(entity('Resource', id))).toBe(expected);
  });
});
