/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ReactElement } from 'react';
import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { accessDoctorRouteRef } from '../../routes';
import {
  APP_START,
  forbiddenError,
  responseError,
  SUBSCRIPTION_ID,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { WorkspaceViewProvider } from '../WorkspaceView/WorkspaceViewContext';
import { AzureMlErrorPanel } from './AzureMlErrorPanel';

const CANCEL =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const DOCTOR = '/azure-ml/access-doctor';
const LINK = 'Diagnose with the access doctor';
const NLP_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-nlp/providers/Microsoft.MachineLearningServices/workspaces/mlw-nlp`;

function render(element: ReactElement, options: { doctor?: boolean } = {}) {
  return renderInTestApp(element, {
    mountedRoutes:
      options.doctor === false ? {} : { [DOCTOR]: accessDoctorRouteRef },
  });
}

/** The query of the access doctor link, as parameters. */
async function doctorLinkQuery(): Promise<URLSearchParams> {
  const link = await screen.findByRole('link', { name: LINK }, APP_START);
  const href = link.getAttribute('href')!;
  expect(href.startsWith(`${DOCTOR}?`)).toBe(true);
  return new URLSearchParams(href.slice(DOCTOR.length + 1));
}

jest.setTimeout(30_000);

describe('AzureMlErrorPanel', () => {
  it("links an Azure 403 to the access doctor with the scope's workspace, the action and the scope", async () => {
    const scope = `${NLP_ID}/jobs/sentiment-7`;
    const message = `Azure RBAC denied action '${CANCEL}' on scope '${scope}': your roles do not include it; a role assignment that grants this action, such as AzureML Data Scientist, is needed.`;
    // The view shows mlw-vision, but the refusal is about mlw-nlp: the scope wins.
    render(
      <WorkspaceViewProvider workspace={workspace} basePath="/tab">
        <AzureMlErrorPanel error={await forbiddenError(message)} />
      </WorkspaceViewProvider>,
    );

    const query = await doctorLinkQuery();
    expect([...query.entries()]).toEqual([
      ['workspace', NLP_ID],
      ['action', CANCEL],
      ['scope', scope],
    ]);
    expect(screen.getAllByText(message).length).toBeGreaterThan(0);
  });

  it('links a Backstage 403 with the workspace the view shows, as the scope is an entity', async () => {
    const message =
      "Backstage permission policy denied 'azureMl.job.cancel' (update) on system:default/mlw-vision; ask a Backstage administrator for access";
    render(
      <WorkspaceViewProvider workspace={workspace} basePath="/tab">
        <AzureMlErrorPanel error={await forbiddenError(message)} />
      </WorkspaceViewProvider>,
    );

    const query = await doctorLinkQuery();
    expect([...query.entries()]).toEqual([
      ['workspace', WS_ID],
      ['action', 'azureMl.job.cancel'],
      ['scope', 'system:default/mlw-vision'],
    ]);
  });

  it('links a refusal above a workspace with the workspace its caller names, and none when nobody knows it', async () => {
    const rgScope = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-nlp`;
    const message = `The client 'bob@contoso.onmicrosoft.com' with object id '22222222-0000-4000-8000-000000000002' does not have authorization to perform action '${CANCEL}' over scope '${rgScope}' or the scope is invalid.`;
    const { unmount } = render(
      <AzureMlErrorPanel
        error={await forbiddenError(message)}
        workspaceId={NLP_ID}
      />,
    );
    expect([...(await doctorLinkQuery()).entries()]).toEqual([
      ['workspace', NLP_ID],
      ['action', CANCEL],
      ['scope', rgScope],
    ]);
    unmount();

    render(<AzureMlErrorPanel error={await forbiddenError(message)} />);
    expect([...(await doctorLinkQuery()).entries()]).toEqual([
      ['action', CANCEL],
      ['scope', rgScope],
    ]);
  });

  it('shows no link for a 404, for a 403 that names no action, or when told not to', async () => {
    render(
      <>
        <AzureMlErrorPanel
          error={await responseError(
            404,
            'NotFoundError',
            `Job job-9 was not found in workspace ${WS_ID}`,
          )}
        />
        <AzureMlErrorPanel
          error={await forbiddenError('You may not do that.')}
        />
        <AzureMlErrorPanel
          error={await forbiddenError(
            `Azure RBAC denied action '${CANCEL}' on scope '${WS_ID}'`,
          )}
          hideAccessDoctorLink
        />
      </>,
    );

    expect(
      (
        await screen.findAllByText(
          `Job job-9 was not found in workspace ${WS_ID}`,
          undefined,
          APP_START,
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText('You may not do that.').length).toBeGreaterThan(
      0,
    );
    expect(screen.queryByRole('link', { name: LINK })).not.toBeInTheDocument();
  });

  it('renders without the link, rather than failing, where the app does not mount the access doctor', async () => {
    const message = `Azure RBAC denied action '${CANCEL}' on scope '${WS_ID}'`;
    render(<AzureMlErrorPanel error={await forbiddenError(message)} />, {
      doctor: false,
    });

    expect(
      (await screen.findAllByText(message, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: LINK })).not.toBeInTheDocument();
  });
});
