/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { screen, within } from '@testing-library/react';
import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { AccessDoctorReport } from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../api';
import { APP_START, WS_ID } from '../__testUtils__';
import { AccessDoctorLink } from '../components/AccessDoctorLink';
import { azureMlFrontendPlugin } from './azureMlFrontendPlugin';

const report: AccessDoctorReport = {
  subject: { kind: 'me', objectId: '22222222-0000-4000-8000-000000000002' },
  workspaceId: WS_ID,
  workspaceTenantId: '11111111-0000-4000-8000-000000000001',
  checkedAt: '2026-04-01T10:00:00.000Z',
  checks: [
    {
      id: 'sign-in-token',
      title: 'Sign-in token',
      verdict: 'pass',
      summary: 'Valid.',
      evidence: [],
    },
  ],
};

jest.setTimeout(30_000);

describe('the access doctor extension', () => {
  it('serves the access doctor as the "Access doctor" tab of the Azure ML page, at /azure-ml/access-doctor', async () => {
    const getAccessDoctorReport = jest.fn(async () => report);
    renderTestApp({
      features: [azureMlFrontendPlugin],
      initialRouteEntries: [
        `/azure-ml/access-doctor?${new URLSearchParams({ workspace: WS_ID })}`,
      ],
      apis: [
        [
          azureMlApiRef,
          {
            getAccessDoctorReport,
            listWorkspaces: jest.fn(async () => ({
              items: [],
              unavailable: [],
            })),
          } as unknown as AzureMlApi,
        ],
        catalogApiMock(),
      ],
    });

    const card = await screen.findByTestId(
      'access-check-sign-in-token',
      undefined,
      APP_START,
    );
    expect(within(card).getByText('Valid.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Access doctor' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Access doctor' }),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: WS_ID,
      subject: 'me',
    });
  });

  it('lets views of other plugins link into it with the route ref', async () => {
    // A page of another plugin, as the entity page's Azure ML tab is.
    const probe = createFrontendPlugin({
      pluginId: 'probe',
      extensions: [
        PageBlueprint.make({
          params: {
            path: '/probe',
            loader: async () => (
              <AccessDoctorLink
                target={{ action: 'azureMl.job.cancel', workspaceId: WS_ID }}
              />
            ),
          },
        }),
      ],
    });
    renderTestApp({
      features: [azureMlFrontendPlugin, probe],
      initialRouteEntries: ['/probe'],
      apis: [[azureMlApiRef, {} as AzureMlApi], catalogApiMock()],
    });

    expect(
      await screen.findByRole(
        'link',
        { name: 'Diagnose with the access doctor' },
        APP_START,
      ),
    ).toHaveAttribute(
      'href',
      `/azure-ml/access-doctor?${new URLSearchParams({
        workspace: WS_ID,
        action: 'azureMl.job.cancel',
      })}`,
    );
  });
});
