/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  AzureMlAccessMap,
  AzureMlAccessMapPrincipal,
  AzureMlWorkspace,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { azureMlApiRef, type AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  SUBSCRIPTION_ID,
  workspace,
  WS_ID,
} from '../../__testUtils__';
import { AccessMapPage } from './AccessMapPage';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const RG = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-vision`;
const DS_ID = `${RG}/providers/Microsoft.Authorization/roleAssignments/ds`;
const CO_ID = `${WS_ID}/providers/Microsoft.Authorization/roleAssignments/co`;
const READER_ID = `${RG}/providers/Microsoft.Authorization/roleAssignments/rd`;
const OTHER_WS = WS_ID.replace(/mlw-vision$/, 'mlw-nlp').replace(
  'rg-vision',
  'rg-nlp',
);
const BOB = '22222222-0000-4000-8000-000000000002';
const TEAM_VISION = '33333333-0000-4000-8000-000000000002';

const dataScientist = {
  id: DS_ID,
  roleName: 'AzureML Data Scientist',
  roleDefinitionId:
    '/providers/Microsoft.Authorization/roleDefinitions/f6c7c914-8db3-469d-8ca1-694a8f32e121',
  scope: RG,
  inherited: true,
  principalId: TEAM_VISION,
  viaGroup: 'group:default/team-vision',
  onlyExcess: false,
};

const frank: AzureMlAccessMapPrincipal = {
  kind: 'user',
  entityRef: 'user:default/frank',
  displayName: 'Frank Ops',
  objectId: '22222222-0000-4000-8000-000000000006',
  memberOf: ['group:default/team-vision'],
  projectRoles: [
    { role: 'viewer', scope: 'default', appliesHere: true },
    {
      role: 'developer',
      scope: 'owned',
      group: 'group:default/team-vision',
      appliesHere: true,
    },
  ],
  features: ['job.cancel', 'job.submit'],
  roleAssignments: [
    dataScientist,
    {
      id: CO_ID,
      roleName: 'AzureML Compute Operator',
      roleDefinitionId:
        '/providers/Microsoft.Authorization/roleDefinitions/e503ece1-11d0-4e8e-8e2c-7a6c3bf38815',
      scope: WS_ID,
      inherited: false,
      principalId: '22222222-0000-4000-8000-000000000006',
      onlyExcess: true,
    },
  ],
  drift: {
    excess: [
      { action: `${ML}/onlineEndpoints/write`, grantedBy: [DS_ID] },
      { action: `${ML}/computes/write`, grantedBy: [DS_ID, CO_ID] },
    ],
    missing: [],
  },
};

const carol: AzureMlAccessMapPrincipal = {
  kind: 'user',
  entityRef: 'user:default/carol',
  displayName: 'Carol Chen',
  objectId: '22222222-0000-4000-8000-000000000003',
  memberOf: [],
  projectRoles: [
    { role: 'viewer', scope: 'default', appliesHere: false },
    {
      role: 'developer',
      scope: 'owned',
      group: 'group:default/team-nlp',
      appliesHere: false,
    },
  ],
  features: [],
  roleAssignments: [
    {
      id: READER_ID,
      roleName: 'Reader',
      roleDefinitionId:
        '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
      scope: RG,
      inherited: true,
      principalId: '22222222-0000-4000-8000-000000000003',
      onlyExcess: false,
    },
  ],
  drift: { excess: [], missing: [] },
};

const platform: AzureMlAccessMapPrincipal = {
  kind: 'group',
  entityRef: 'group:default/platform-team',
  displayName: 'platform-team',
  objectId: '33333333-0000-4000-8000-000000000001',
  projectRoles: [
    {
      role: 'maintainer',
      scope: 'everywhere',
      group: 'group:default/platform-team',
      appliesHere: true,
    },
  ],
  features: ['job.cancel', 'endpoint.traffic.update'],
  roleAssignments: [],
  drift: {
    excess: [],
    missing: [
      { action: `${ML}/jobs/cancel/action`, features: ['job.cancel'] },
      {
        action: `${ML}/onlineEndpoints/write`,
        features: ['endpoint.traffic.update'],
      },
    ],
  },
};

const ciIdentity: AzureMlAccessMapPrincipal = {
  kind: 'other',
  displayName: '66666666-1111-4000-8000-000000000002',
  objectId: '66666666-1111-4000-8000-000000000002',
  principalType: 'ServicePrincipal',
  projectRoles: [],
  features: [],
  roleAssignments: [],
  drift: { excess: [], missing: [] },
};

const visionMap: AzureMlAccessMap = {
  workspaceId: WS_ID,
  entityRef: 'system:default/mlw-vision',
  owner: 'group:default/team-vision',
  projectRolesConfigured: true,
  defaultRole: 'viewer',
  azure: { status: 'read' },
  principals: [platform, carol, frank, ciIdentity],
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

function render(
  search = '',
  getAccessMap: AzureMlApi['getAccessMap'] = async () => visionMap,
) {
  const fake = jest.fn(getAccessMap);
  const listWorkspaces = jest.fn(async () => ({
    items: [
      workspaceEntry(WS_ID, 'mlw-vision'),
      workspaceEntry(OTHER_WS, 'mlw-nlp'),
    ],
    unavailable: [],
  }));
  renderInTestApp(
    <>
      <AccessMapPage />
      <LocationProbe />
    </>,
    {
      apis: [
        [
          azureMlApiRef,
          {
            getAccessMap: fake,
            listWorkspaces,
            // The advisor's card below the map has its own tests.
            getLeastPrivilege: () => new Promise(() => {}),
          } as unknown as AzureMlApi,
        ],
      ],
      initialRouteEntries: [`/azure-ml/access-map${search}`],
    },
  );
  return { getAccessMap: fake, listWorkspaces };
}

const query = (workspaceId: string) =>
  `?${new URLSearchParams({ workspace: workspaceId })}`;

function rowOf(name: string): HTMLElement {
  const row = screen
    .getAllByTestId('access-map-row')
    .find(r => within(r).queryByText(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

jest.setTimeout(30_000);

describe('AccessMapPage', () => {
  it('asks for a workspace, then keeps the chosen one in the address and shows its map', async () => {
    const { getAccessMap } = render();
    const select = await screen.findByLabelText('Workspace', {}, APP_START);
    expect(
      screen.getByText('Choose a workspace to see who can do what there.'),
    ).toBeInTheDocument();
    expect(getAccessMap).not.toHaveBeenCalled();

    fireEvent.change(select, { target: { value: WS_ID } });

    expect(
      await screen.findByRole('table', {
        name: 'Who can do what in mlw-vision',
      }),
    ).toBeInTheDocument();
    expect(getAccessMap).toHaveBeenCalledWith(workspace);
    expect(
      new URLSearchParams(screen.getByLabelText('location').textContent!).get(
        'workspace',
      ),
    ).toBe(WS_ID);
    expect(select).toHaveValue(WS_ID);
  });

  it('shows each principal with project role, features, Azure roles and drift', async () => {
    render(query(WS_ID));
    await screen.findByRole(
      'table',
      { name: 'Who can do what in mlw-vision' },
      APP_START,
    );
    expect(
      screen.getByText(/Owned by team-vision in the catalog/),
    ).toHaveTextContent(
      "Owned by team-vision in the catalog (system:default/mlw-vision): its groups' project roles apply here. Every signed-in user is at least viewer.",
    );
    expect(
      screen
        .getAllByTestId('access-map-row')
        .map(
          r =>
            within(r).getAllByRole('cell')[0].querySelector('p')?.textContent,
        ),
    ).toEqual([
      'platform-team',
      'Carol Chen',
      'Frank Ops',
      '66666666-1111-4000-8000-000000000002',
    ]);

    const frankRow = rowOf('Frank Ops');
    const [who, roles, features, azure, drift] =
      within(frankRow).getAllByRole('cell');
    expect(who).toHaveTextContent('User · user:default/frank');
    expect(who).toHaveTextContent('member of team-vision');
    expect(roles).toHaveTextContent('viewer (every signed-in user)');
    expect(roles).toHaveTextContent(
      'developer (through team-vision, on what it owns)',
    );
    expect(features).toHaveTextContent('Cancel jobs, Submit jobs');
    expect(azure).toHaveTextContent(
      'AzureML Data Scientist @ resource group rg-vision (inherited) via team-vision',
    );
    expect(azure).toHaveTextContent(
      'AzureML Compute Operator @ this workspace — not needed by the project role',
    );
    expect(drift).toHaveTextContent(
      'More Azure rights than the project role needs: onlineEndpoints/write, computes/write',
    );
    expect(within(drift).queryByText(/Fewer than it needs/)).toBeNull();

    const [, carolRoles, carolFeatures, carolAzure, carolDrift] = within(
      rowOf('Carol Chen'),
    ).getAllByRole('cell');
    expect(carolRoles).toHaveTextContent(
      'developer (through team-nlp, on what it owns; reads only here)',
    );
    expect(carolFeatures).toHaveTextContent('Reading only');
    expect(carolAzure).toHaveTextContent(
      'Reader @ resource group rg-vision (inherited)',
    );
    expect(carolDrift).toHaveTextContent('In line with the project role');

    const [, platformRoles, , platformAzure, platformDrift] = within(
      rowOf('platform-team'),
    ).getAllByRole('cell');
    expect(platformRoles).toHaveTextContent(
      'maintainer (through platform-team, everywhere)',
    );
    expect(platformAzure).toHaveTextContent('None');
    expect(platformDrift).toHaveTextContent(
      'Fewer than it needs: jobs/cancel/action, onlineEndpoints/write',
    );

    const [ciWho, ciRoles] = within(
      rowOf('66666666-1111-4000-8000-000000000002'),
    ).getAllByRole('cell');
    expect(ciWho).toHaveTextContent('ServicePrincipal, not in the catalog');
    expect(ciRoles).toHaveTextContent('No project role');
  });

  it("warns when Azure would not list the role assignments, with Azure's reason, and compares nothing", async () => {
    const message = `Azure RBAC denied action 'Microsoft.Authorization/roleAssignments/read' on scope '${WS_ID}': Read the Azure role assignments of workspace mlw-vision needs a role assignment that grants this action; ask an owner of the scope for access (AuthorizationFailed)`;
    render(query(WS_ID), async () => ({
      ...visionMap,
      azure: { status: 'refused', message },
      principals: [
        {
          ...frank,
          entityRef: 'user:default/bob',
          displayName: 'Bob Builder',
          objectId: BOB,
          roleAssignments: [],
          drift: undefined,
        },
      ],
    }));
    expect(
      await screen.findByText(
        "Azure would not list this workspace's role assignments to you",
        {},
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    const [, , features, azure, drift] = within(
      rowOf('Bob Builder'),
    ).getAllByRole('cell');
    expect(features).toHaveTextContent('Cancel jobs, Submit jobs');
    expect(azure).toHaveTextContent('Not read');
    expect(drift).toHaveTextContent(
      'Not compared: the Azure role assignments could not be read.',
    );
  });

  it('says when no project roles are configured', async () => {
    render(query(WS_ID), async () => ({
      ...visionMap,
      projectRolesConfigured: false,
      defaultRole: undefined,
      principals: [ciIdentity],
    }));
    expect(
      await screen.findByText(/No project roles are configured/, {}, APP_START),
    ).toBeInTheDocument();
  });

  it("shows the backend's refusal in its own words", async () => {
    const message =
      "Backstage permission policy denied 'azureMl.workspace.read' (read); ask a Backstage administrator for access";
    const refusal = await forbiddenError(message);
    render(query(WS_ID), async () => {
      throw refusal;
    });
    expect(
      (await screen.findAllByText(message, {}, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refuses an address whose workspace is no workspace id, asking for nothing', async () => {
    const { getAccessMap } = render(query(`${WS_ID}/jobs/job-1`));
    expect(
      await screen.findByText(
        /The workspace in the address cannot be shown/,
        {},
        APP_START,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText('Workspace')).toHaveValue(''),
    );
    expect(getAccessMap).not.toHaveBeenCalled();
  });
});
