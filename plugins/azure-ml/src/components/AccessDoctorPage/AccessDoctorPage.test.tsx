/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  AccessDoctorReport,
  AzureMlWorkspace,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { accessDoctorRouteRef } from '../../routes';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  SUBSCRIPTION_ID,
  WS_ID,
} from '../../__testUtils__';
import { AccessDoctorPage } from './AccessDoctorPage';

const CANCEL =
  'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action';
const BOB = '22222222-0000-4000-8000-000000000002';
const CAROL = '22222222-0000-4000-8000-000000000003';
const DATA_SCIENTIST =
  '/providers/Microsoft.Authorization/roleDefinitions/f6c7c914-8db3-469d-8ca1-694a8f32e121';
const AZ_CLI = `az role assignment create --assignee-object-id ${BOB} --assignee-principal-type User --role "AzureML Data Scientist" --scope "${WS_ID}"`;
const CONSENT_URL =
  'https://login.microsoftonline.com/11111111-0000-4000-8000-000000000001/adminconsent?client_id=44444444-0000-4000-8000-000000000001';
const OTHER_WS = WS_ID.replace(/mlw-vision$/, 'mlw-nlp').replace(
  'rg-vision',
  'rg-nlp',
);

const report: AccessDoctorReport = {
  subject: {
    kind: 'me',
    objectId: BOB,
    tenantId: '11111111-0000-4000-8000-000000000001',
    displayName: 'bob@contoso.onmicrosoft.com',
  },
  workspaceId: WS_ID,
  workspaceTenantId: '11111111-0000-4000-8000-000000000001',
  checkedAt: '2026-04-01T10:00:00.000Z',
  checks: [
    {
      id: 'sign-in-token',
      title: 'Sign-in token',
      verdict: 'pass',
      summary: 'Your token is for the portal API and valid for 52 minutes.',
      evidence: [
        { label: 'aud', value: 'api://44444444-0000-4000-8000-000000000001' },
        { label: 'scp', value: 'access_as_user' },
      ],
    },
    {
      id: 'app-consent',
      title: 'App consent',
      verdict: 'warn',
      summary:
        'Only you consented to the portal; new colleagues will be asked.',
      evidence: [{ label: 'consentType', value: 'Principal' }],
      fix: {
        summary: 'A tenant administrator grants consent for everyone.',
        portalSteps: [
          'Open Microsoft Entra ID > Enterprise applications.',
          'Pick Contoso ML portal > Permissions.',
          'Select Grant admin consent for Contoso ML.',
        ],
        adminConsentUrl: CONSENT_URL,
      },
    },
    {
      id: 'guest-account',
      title: 'Guest account',
      verdict: 'skipped',
      summary: 'You are a member of the workspace tenant; nothing to check.',
      evidence: [],
    },
    {
      id: 'azure-permissions',
      title: 'Azure permissions',
      verdict: 'fail',
      summary: 'Your roles on the workspace do not allow cancelling jobs.',
      evidence: [{ label: 'Roles at the scope', value: 'Reader' }],
      features: [
        { feature: 'job.cancel', allowed: false, missingActions: [CANCEL] },
        {
          feature: 'job.submit',
          allowed: false,
          missingActions: [
            'Microsoft.MachineLearningServices/workspaces/jobs/write',
          ],
        },
        { feature: 'model.register', allowed: true },
      ],
      fix: {
        summary: 'Assign AzureML Data Scientist on the workspace.',
        role: {
          roleName: 'AzureML Data Scientist',
          roleDefinitionId: DATA_SCIENTIST,
          scope: WS_ID,
          principalId: BOB,
          grants: [CANCEL],
        },
        azCli: AZ_CLI,
        portalSteps: [
          'Open the workspace in the Azure portal.',
          'Access control (IAM) > Add role assignment.',
          'Pick AzureML Data Scientist and assign it to Bob Builder.',
        ],
      },
    },
    {
      id: 'backstage-permissions',
      title: 'Backstage permissions',
      verdict: 'pass',
      summary: 'The permission policy allows every feature.',
      evidence: [],
      features: [{ feature: 'job.cancel', allowed: true }],
    },
  ],
};

function workspaceEntry(id: string, name: string): AzureMlWorkspace {
  return {
    id,
    name,
    displayName: name === 'mlw-nlp' ? 'Language' : 'Computer vision',
    resourceGroup: name === 'mlw-nlp' ? 'rg-nlp' : 'rg-vision',
    subscriptionId: SUBSCRIPTION_ID,
    tenantId: '11111111-0000-4000-8000-000000000001',
    location: 'westeurope',
    studioUrl: 'https://ml.azure.com',
  } as AzureMlWorkspace;
}

function LocationProbe() {
  return <output aria-label="location">{useLocation().search}</output>;
}

function location(): URLSearchParams {
  return new URLSearchParams(screen.getByLabelText('location').textContent!);
}

function render(
  search: string,
  fakes: Partial<Pick<AzureMlApi, 'getAccessDoctorReport'>> = {},
) {
  const getAccessDoctorReport = jest.fn(
    fakes.getAccessDoctorReport ?? (async () => report),
  );
  const listWorkspaces = jest.fn(async () => ({
    items: [
      workspaceEntry(WS_ID, 'mlw-vision'),
      workspaceEntry(OTHER_WS, 'mlw-nlp'),
    ],
    unavailable: [],
  }));
  renderInTestApp(
    <>
      <AccessDoctorPage />
      <LocationProbe />
    </>,
    {
      apis: [
        [
          azureMlApiRef,
          { getAccessDoctorReport, listWorkspaces } as unknown as AzureMlApi,
        ],
      ],
      initialRouteEntries: [`/azure-ml/access-doctor${search}`],
      // Mounted, so a missing link proves the page leaves it out on purpose.
      mountedRoutes: { '/azure-ml/access-doctor': accessDoctorRouteRef },
    },
  );
  return { getAccessDoctorReport, listWorkspaces };
}

const doctorQuery = (params: Record<string, string>) =>
  `?${new URLSearchParams(params)}`;

function check(id: string): HTMLElement {
  return screen.getByTestId(`access-check-${id}`);
}

jest.setTimeout(30_000);

describe('AccessDoctorPage', () => {
  it('runs the doctor for the signed-in user and shows every check with its verdict in words', async () => {
    const { getAccessDoctorReport, listWorkspaces } = render(
      doctorQuery({ workspace: WS_ID }),
    );

    expect(
      await screen.findByRole(
        'region',
        { name: 'Azure permissions' },
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).toHaveBeenCalledTimes(1);
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: WS_ID,
      subject: 'me',
    });
    expect(listWorkspaces).not.toHaveBeenCalled();

    const verdicts = screen
      .getAllByTestId('access-check-verdict')
      .map(chip => [chip.getAttribute('data-verdict'), chip.textContent]);
    expect(verdicts).toEqual([
      ['pass', 'Pass'],
      ['warn', 'Warning'],
      ['skipped', 'Skipped'],
      ['fail', 'Fail'],
      ['pass', 'Pass'],
    ]);
    // Each card is named by its check and carries its verdict, title and summary.
    const azure = check('azure-permissions');
    expect(
      within(azure).getByRole('heading', { name: 'Azure permissions' }),
    ).toBeInTheDocument();
    expect(within(azure).getByTestId('access-check-verdict')).toHaveTextContent(
      'Fail',
    );
    expect(
      within(azure).getByText(
        'Your roles on the workspace do not allow cancelling jobs.',
      ),
    ).toBeInTheDocument();
    expect(
      within(check('guest-account')).getByTestId('access-check-verdict'),
    ).toHaveTextContent('Skipped');

    const evidence = within(check('sign-in-token')).getByRole('table', {
      name: 'Evidence',
    });
    expect(
      within(evidence)
        .getAllByRole('row')
        .map(row => row.textContent),
    ).toEqual([
      'EvidenceValue',
      'audapi://44444444-0000-4000-8000-000000000001',
      'scpaccess_as_user',
    ]);
    expect(
      screen.getByText('1 Fail · 1 Warning · 1 Skipped · 2 Pass'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Checked you \(bob@contoso\.onmicrosoft\.com\) on/),
    ).toBeInTheDocument();
    // Nothing was refused on the way here: no banner, no marked action.
    expect(
      screen.queryByRole('region', { name: 'What was refused' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('the refused action')).not.toBeInTheDocument();
  });

  it('names the refused action on top and marks it, and only it, in the features', async () => {
    const { getAccessDoctorReport } = render(
      doctorQuery({ workspace: WS_ID, action: CANCEL, scope: WS_ID }),
    );

    const refused = await screen.findByRole(
      'region',
      { name: 'What was refused' },
      APP_START,
    );
    expect(refused).toHaveTextContent(`Refused: ${CANCEL} on ${WS_ID}`);

    await screen.findByTestId('access-check-azure-permissions');
    const features = within(check('azure-permissions')).getByRole('table', {
      name: 'Portal features',
    });
    const rows = within(features).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      `Cancel jobjob.cancelNot allowed${CANCEL}the refused action`,
      'Submit jobjob.submitNot allowedMicrosoft.MachineLearningServices/workspaces/jobs/write',
      'Register modelmodel.registerAllowed—',
    ]);
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: WS_ID,
      subject: 'me',
      action: CANCEL,
    });
    expect(rows[0]).toHaveAttribute('data-refused', 'true');
    expect(rows[1]).not.toHaveAttribute('data-refused');
    expect(screen.getAllByText('the refused action')).toHaveLength(1);
  });

  it('shows the fix: the role and scope, the az command to copy, the portal steps and the consent link', async () => {
    render(doctorQuery({ workspace: WS_ID }));
    const azure = await screen.findByTestId(
      'access-check-azure-permissions',
      undefined,
      APP_START,
    );

    const fix = within(azure).getByRole('region', { name: 'How to fix' });
    expect(
      within(fix).getByText('Assign AzureML Data Scientist on the workspace.'),
    ).toBeInTheDocument();
    expect(
      within(fix).getByRole('region', { name: 'Role to grant' }),
    ).toHaveTextContent(
      `Grant the role AzureML Data Scientist at the scope ${WS_ID} to the principal ${BOB}.`,
    );
    const cli = within(fix).getByRole('region', { name: 'Azure CLI command' });
    await waitFor(() => expect(cli.querySelector('code')).not.toBeNull());
    expect(cli.querySelector('code')!.textContent).toBe(AZ_CLI);
    expect(
      within(cli).getByRole('button', { name: 'Copy text' }),
    ).toBeInTheDocument();
    const steps = within(fix).getByRole('list', {
      name: 'In the Azure portal',
    });
    expect(steps.tagName).toBe('OL');
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Open the workspace in the Azure portal.',
      'Access control (IAM) > Add role assignment.',
      'Pick AzureML Data Scientist and assign it to Bob Builder.',
    ]);

    const consent = within(check('app-consent')).getByRole('link', {
      name: /^Grant admin consent/,
    });
    expect(consent).toHaveAttribute('href', CONSENT_URL);
    // A passing check has nothing to fix.
    expect(
      within(check('sign-in-token')).queryByRole('region', {
        name: 'How to fix',
      }),
    ).not.toBeInTheDocument();
  });

  it('asks for a workspace when the address names none, then checks the one picked', async () => {
    const { getAccessDoctorReport, listWorkspaces } = render('');

    const select = await screen.findByRole(
      'combobox',
      { name: 'Workspace' },
      APP_START,
    );
    expect(listWorkspaces).toHaveBeenCalledTimes(1);
    expect(
      within(select)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      'Choose a workspace…',
      'Computer vision (mlw-vision, rg-vision)',
      'Language (mlw-nlp, rg-nlp)',
    ]);
    expect(getAccessDoctorReport).not.toHaveBeenCalled();
    expect(
      screen.queryByRole('button', { name: 'Run again' }),
    ).not.toBeInTheDocument();

    fireEvent.change(select, { target: { value: OTHER_WS } });

    await screen.findByTestId('access-check-azure-permissions');
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: OTHER_WS,
      subject: 'me',
    });
    expect(location().get('workspace')).toBe(OTHER_WS);
    expect(
      screen.getByRole('region', { name: 'Workspace to check' }),
    ).toHaveTextContent('mlw-nlp in rg-nlp');
  });

  it('refuses a workspace id that is not one, asking for another and calling nothing', async () => {
    const { getAccessDoctorReport } = render(
      doctorQuery({ workspace: `${WS_ID}/jobs/job-1` }),
    );

    expect(
      await screen.findByText(
        /The workspace in the address cannot be checked: Invalid Azure ML resource id/,
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('combobox', { name: 'Workspace' }),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal when the user may not examine the service identity", async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.access.diagnose.others' (read); only administrators may check the access of others";
    const { getAccessDoctorReport } = render(
      doctorQuery({ workspace: WS_ID, subject: 'service' }),
      {
        getAccessDoctorReport: async () => {
          throw await forbiddenError(denial);
        },
      },
    );

    expect(
      (await screen.findAllByText(denial, undefined, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(getAccessDoctorReport).toHaveBeenCalledWith({
      workspaceId: WS_ID,
      subject: 'service',
    });
    expect(screen.getByText('403: NotAllowedError')).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'Service identity' }),
    ).toBeChecked();
    // On the doctor itself, no link back to the doctor.
    expect(
      screen.queryByRole('link', { name: 'Diagnose with the access doctor' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByTestId('access-check-verdict'),
    ).not.toBeInTheDocument();
  });

  it('examines another user by object id once it is a GUID, and shows the refusal', async () => {
    const denial =
      "Backstage permission policy denied 'azureMl.access.diagnose.others' (read); ask a Backstage administrator for access";
    const { getAccessDoctorReport } = render(
      doctorQuery({ workspace: WS_ID }),
      {
        getAccessDoctorReport: async request => {
          if (request.subject !== 'me') throw await forbiddenError(denial);
          return report;
        },
      },
    );
    await screen.findByTestId(
      'access-check-azure-permissions',
      undefined,
      APP_START,
    );

    fireEvent.click(
      screen.getByRole('radio', { name: 'Another user (object id)' }),
    );
    const objectId = screen.getByRole('textbox', {
      name: 'Object id of the user',
    });
    fireEvent.change(objectId, { target: { value: 'carol' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check this user' }));
    expect(
      screen.getByText(/An Entra object id is a GUID/),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).toHaveBeenCalledTimes(1);

    fireEvent.change(objectId, { target: { value: CAROL.toUpperCase() } });
    fireEvent.click(screen.getByRole('button', { name: 'Check this user' }));

    expect((await screen.findAllByText(denial)).length).toBeGreaterThan(0);
    expect(getAccessDoctorReport).toHaveBeenLastCalledWith({
      workspaceId: WS_ID,
      subject: `user:${CAROL}`,
    });
    expect(location().get('subject')).toBe(`user:${CAROL}`);
    expect(
      screen.queryByTestId('access-check-verdict'),
    ).not.toBeInTheDocument();

    // Back to oneself: the report again, and the subject leaves the address.
    fireEvent.click(screen.getByRole('radio', { name: 'Me' }));
    await screen.findByTestId('access-check-azure-permissions');
    expect(location().get('subject')).toBeNull();
  });

  it('refuses a subject in the address that is not one, calling nothing', async () => {
    const { getAccessDoctorReport } = render(
      doctorQuery({ workspace: WS_ID, subject: 'user:carol' }),
    );

    expect(
      await screen.findByText(
        /The subject "user:carol" in the address is not me, service or user:/,
        undefined,
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(getAccessDoctorReport).not.toHaveBeenCalled();
  });

  it('runs the checks again on "Run again"', async () => {
    const { getAccessDoctorReport } = render(doctorQuery({ workspace: WS_ID }));
    await screen.findByTestId(
      'access-check-azure-permissions',
      undefined,
      APP_START,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));

    await waitFor(() => expect(getAccessDoctorReport).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByTestId('access-check-azure-permissions'),
    ).toBeInTheDocument();
  });
});
