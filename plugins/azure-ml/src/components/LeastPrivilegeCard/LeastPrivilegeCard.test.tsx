/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  AzureMlLeastPrivilegeReport,
  AzureMlLeastPrivilegeRole,
  AzureMlPrincipalPrivileges,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureMlApi } from '../../api';
import {
  APP_START,
  forbiddenError,
  renderWithFakeMethod,
  SUBSCRIPTION_ID,
  WS_ID,
} from '../../__testUtils__';
import { LeastPrivilegeCard } from './LeastPrivilegeCard';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const RG = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-vision`;
const DAY_MS = 24 * 60 * 60 * 1000;
const TEAM_VISION = '33333333-0000-4000-8000-000000000002';
const FRANK = '22222222-0000-4000-8000-000000000006';
const CI = '66666666-1111-4000-8000-000000000002';
const NOTE =
  'Built from the succeeded events of the audit ledger and the imported Azure Activity Log, which record writes, not reads: each role covers the writes used in the window and is meant to be assigned together with Reader.';

function recommended(
  subject: AzureMlLeastPrivilegeRole['subject'],
  holder: string,
  usedActions: string[],
  principals: AzureMlLeastPrivilegeRole['principals'],
): AzureMlLeastPrivilegeRole {
  return {
    subject,
    principals,
    usedActions,
    roleDefinition: {
      Name: `Azure ML least privilege: ${holder} in mlw-vision`,
      IsCustom: true,
      Description: `The Azure actions ${holder} used in workspace mlw-vision. They record writes, not reads: assign this role together with Reader.`,
      Actions: usedActions,
      NotActions: [],
      DataActions: [],
      NotDataActions: [],
      AssignableScopes: [WS_ID],
    },
  };
}

const teamVision = recommended(
  {
    kind: 'group',
    entityRef: 'group:default/team-vision',
    objectId: TEAM_VISION,
  },
  'team-vision',
  [`${ML}/jobs/cancel/action`, `${ML}/jobs/write`],
  [
    { objectId: FRANK, userEntityRef: 'user:default/frank', events: 3 },
    {
      objectId: '22222222-0000-4000-8000-000000000001',
      userEntityRef: 'user:default/ada',
      events: 2,
    },
  ],
);

const ciCaller = recommended(
  { kind: 'principal', objectId: CI, name: 'ci-pipeline' },
  'ci-pipeline',
  [`${ML}/models/versions/write`],
  [{ objectId: CI, events: 1 }],
);

const teamVisionAssignment: AzureMlPrincipalPrivileges = {
  principalId: TEAM_VISION,
  principalType: 'Group',
  entityRef: 'group:default/team-vision',
  roles: [
    {
      assignmentId: `${RG}/providers/Microsoft.Authorization/roleAssignments/ds`,
      scope: RG,
      inherited: true,
      roleDefinitionId:
        '/providers/Microsoft.Authorization/roleDefinitions/f6c7c914-8db3-469d-8ca1-694a8f32e121',
      roleName: 'AzureML Data Scientist',
      roleType: 'BuiltInRole',
    },
  ],
  comparedWith: ['group:default/team-vision'],
  unusedActions: [`${ML}/computes/write`, `${ML}/onlineEndpoints/write`],
  notGranted: [],
};

const ciAssignment: AzureMlPrincipalPrivileges = {
  principalId: CI,
  principalType: 'ServicePrincipal',
  roles: [
    {
      assignmentId: `${WS_ID}/providers/Microsoft.Authorization/roleAssignments/rd`,
      scope: WS_ID,
      inherited: false,
      roleDefinitionId:
        '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
      roleName: 'Reader',
      roleType: 'BuiltInRole',
    },
  ],
  comparedWith: [CI],
  unusedActions: [],
  notGranted: [`${ML}/models/versions/write`],
};

function report(
  overrides: Partial<AzureMlLeastPrivilegeReport> = {},
): AzureMlLeastPrivilegeReport {
  return {
    workspaceId: WS_ID,
    from: '2026-03-02T00:00:00.000Z',
    to: '2026-04-01T00:00:00.000Z',
    note: NOTE,
    eventCount: 6,
    unattributedEvents: 1,
    roles: [teamVision, ciCaller],
    assignments: [teamVisionAssignment, ciAssignment],
    ...overrides,
  };
}

function render(getLeastPrivilege: AzureMlApi['getLeastPrivilege']) {
  return renderWithFakeMethod(
    <LeastPrivilegeCard workspaceId={WS_ID} />,
    'getLeastPrivilege',
    getLeastPrivilege,
  );
}

/** The list titled `title` inside `container`, as its items' texts. */
function listItems(container: HTMLElement, title: string): string[] {
  return within(within(container).getByRole('list', { name: title }))
    .getAllByRole('listitem')
    .map(item => item.textContent ?? '');
}

/** The text of the code snippet in `region`, once its highlighter has loaded. */
async function snippetText(region: HTMLElement): Promise<string> {
  await waitFor(() => expect(region.querySelector('code')).not.toBeNull());
  return region.querySelector('code')!.textContent ?? '';
}

function days(request: { from?: string; to?: string }): number {
  return (Date.parse(request.to!) - Date.parse(request.from!)) / DAY_MS;
}

jest.setTimeout(30_000);

describe('LeastPrivilegeCard', () => {
  it('asks for the last 30 days and shows, per group, the used actions, the custom role and the az command', async () => {
    const fake = render(async () => report());
    const card = await screen.findByRole(
      'region',
      { name: 'Least-privilege advisor' },
      APP_START,
    );
    expect(
      within(card).getByRole('heading', { name: 'Least-privilege advisor' }),
    ).toBeInTheDocument();
    await within(card).findByRole('region', { name: 'Group team-vision' });

    expect(fake).toHaveBeenCalledTimes(1);
    const request = fake.mock.calls[0][0];
    expect(request.workspaceId).toBe(WS_ID);
    expect(days(request)).toBe(30);
    expect(Date.now() - Date.parse(request.to!)).toBeLessThan(60_000);
    expect(
      within(card).getByRole('combobox', { name: 'Window' }),
    ).toHaveDisplayValue('Last 30 days');

    expect(
      within(card).getByText(
        'Reads are not recorded: assign each role together with Reader',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(NOTE)).toBeInTheDocument();
    expect(within(card).getByText(/6 succeeded events read/)).toHaveTextContent(
      '1 of them naming no Entra object id and so counted for nobody',
    );

    const group = within(card).getByRole('region', {
      name: 'Group team-vision',
    });
    expect(group).toHaveTextContent('Used by 2 principals in 5 events.');
    expect(listItems(group, 'Used actions')).toEqual([
      `${ML}/jobs/cancel/action`,
      `${ML}/jobs/write`,
    ]);
    const json = within(group).getByRole('region', {
      name: 'Custom role definition for Group team-vision',
    });
    expect(JSON.parse(await snippetText(json))).toEqual(
      teamVision.roleDefinition,
    );
    expect(
      within(json).getByRole('button', { name: 'Copy text' }),
    ).toBeInTheDocument();
    const cli = within(group).getByRole('region', {
      name: 'Azure CLI command for Group team-vision',
    });
    expect(await snippetText(cli)).toBe(
      `az role definition create --role-definition '${JSON.stringify(
        teamVision.roleDefinition,
        null,
        2,
      )}'`,
    );
    expect(
      within(cli).getByRole('button', { name: 'Copy text' }),
    ).toBeInTheDocument();

    const ci = within(card).getByRole('region', {
      name: 'ci-pipeline (in no catalog group)',
    });
    expect(listItems(ci, 'Used actions')).toEqual([
      `${ML}/models/versions/write`,
    ]);
  });

  it('shows each assigned principal with its roles, unused permissions and actions not granted, in words', async () => {
    render(async () => report());
    const assigned = await screen.findByRole(
      'region',
      { name: 'team-vision (Group)' },
      APP_START,
    );
    expect(assigned).toHaveTextContent(
      'Compared with the usage of team-vision.',
    );
    expect(listItems(assigned, 'Roles held')).toEqual([
      'AzureML Data Scientist (built-in) @ resource group rg-vision (inherited)',
    ]);
    expect(listItems(assigned, 'Unused permissions')).toEqual([
      `${ML}/computes/write`,
      `${ML}/onlineEndpoints/write`,
    ]);
    expect(
      within(assigned).queryByRole('list', { name: 'Not granted' }),
    ).toBeNull();
    expect(assigned).toHaveTextContent(
      'None: its assignments grant everything used.',
    );

    const ci = screen.getByRole('region', {
      name: `ServicePrincipal ${CI}`,
    });
    expect(ci).toHaveTextContent(
      'Compared with the usage of its own activity.',
    );
    expect(listItems(ci, 'Roles held')).toEqual([
      'Reader (built-in) @ this workspace',
    ]);
    expect(ci).toHaveTextContent(
      'None: its roles grant no write that went unused.',
    );
    expect(listItems(ci, 'Not granted')).toEqual([
      `${ML}/models/versions/write`,
    ]);
  });

  it('asks again for the window chosen', async () => {
    const fake = render(async request => ({
      ...report(),
      from: request.from!,
      to: request.to!,
    }));
    const select = await screen.findByRole(
      'combobox',
      { name: 'Window' },
      APP_START,
    );
    await screen.findByRole('region', { name: 'Group team-vision' });
    expect(
      within(select)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Last 7 days', 'Last 30 days', 'Last 90 days']);

    fireEvent.change(select, { target: { value: '7' } });
    await waitFor(() => expect(fake).toHaveBeenCalledTimes(2));
    expect(days(fake.mock.calls[1][0])).toBe(7);
    expect(select).toHaveDisplayValue('Last 7 days');

    fireEvent.change(select, { target: { value: '90' } });
    await waitFor(() => expect(fake).toHaveBeenCalledTimes(3));
    expect(days(fake.mock.calls[2][0])).toBe(90);
    await screen.findByRole('region', { name: 'Group team-vision' });
  });

  it('says so when nobody changed anything, and when Azure would not list the role assignments', async () => {
    const message = `Azure RBAC denied action 'Microsoft.Authorization/roleAssignments/read' on scope '${WS_ID}' (AuthorizationFailed)`;
    render(async () =>
      report({
        eventCount: 0,
        unattributedEvents: 0,
        roles: [],
        assignments: [],
        assignmentsUnavailable: message,
      }),
    );
    expect(
      await screen.findByText(
        /Nobody made a change in this workspace in the window/,
        {},
        APP_START,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/0 succeeded events read\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        "Not compared: Azure would not list this workspace's role assignments to you",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Roles held' })).toBeNull();
  });

  it("shows the backend's refusal in its own words, and retries", async () => {
    const message =
      "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
    const refusal = await forbiddenError(message);
    const fake = render(
      jest
        .fn<ReturnType<AzureMlApi['getLeastPrivilege']>, []>()
        .mockRejectedValueOnce(refusal)
        .mockResolvedValue(report()),
    );
    expect(
      (await screen.findAllByText(message, {}, APP_START)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByRole('region', { name: 'Group team-vision' }),
    ).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('region', { name: 'Group team-vision' }),
    ).toBeInTheDocument();
    expect(fake).toHaveBeenCalledTimes(2);
  });
});
