/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userCredential } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';
import { packagePath } from '../packageRoot';

const DATA_SCIENTIST = 'f6c7c914-8db3-469d-8ca1-694a8f32e121';
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

describe('Microsoft.Authorization through the official client', () => {
  let emulator: RunningEmulator;
  const vision = demoIds.workspace('vision');
  const client = (user: string) =>
    new AuthorizationManagementClient(
      userCredential(emulator, demoIds.user(user)),
      vision.subscriptionId,
      {
        endpoint: emulator.urls.https,
      },
    );

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it("lists the caller's effective permissions on a resource group, one set per role", async () => {
    const sets = [];
    for await (const set of client('bob').permissions.listForResourceGroup(
      vision.resourceGroup,
    ))
      sets.push(set);
    const dataScientist = JSON.parse(
      readFileSync(packagePath('fixtures', 'builtin-roles.json'), 'utf8'),
    ).roles.find((r: any) => r.id === DATA_SCIENTIST);
    expect(sets).toEqual([
      {
        actions: dataScientist.actions,
        notActions: dataScientist.notActions,
        dataActions: dataScientist.dataActions,
        notDataActions: dataScientist.notDataActions,
      },
    ]);
  });

  it('lists permissions on a workspace: Compute Operator adds to the inherited role', async () => {
    const sets = [];
    for await (const set of client('frank').permissions.listForResource(
      vision.resourceGroup,
      'Microsoft.MachineLearningServices',
      '',
      'workspaces',
      vision.name,
    ))
      sets.push(set);
    expect(sets.map(s => s.actions?.[0]).sort()).toEqual([
      'Microsoft.MachineLearningServices/workspaces/*/read',
      'Microsoft.MachineLearningServices/workspaces/computes/*',
    ]);
  });

  it('answers an empty list for a principal with no role there', async () => {
    const sets = [];
    for await (const set of client('erin').permissions.listForResourceGroup(
      vision.resourceGroup,
    ))
      sets.push(set);
    expect(sets).toEqual([]);
  });

  it('reads built-in role definitions by name filter', async () => {
    const roles = [];
    for await (const role of client('dave').roleDefinitions.list(
      `/subscriptions/${vision.subscriptionId}`,
      {
        filter: "roleName eq 'Reader'",
      },
    ))
      roles.push(role);
    expect(roles.map(r => [r.name, r.roleName, r.roleType])).toEqual([
      [READER, 'Reader', 'BuiltInRole'],
    ]);
  });

  it('lets an owner assign a role, which then takes effect, and refuses a data scientist', async () => {
    const scope = `/subscriptions/${vision.subscriptionId}/resourceGroups/${vision.resourceGroup}`;
    const name = '7a1b2c3d-0000-4000-8000-0000000000aa';
    const parameters = {
      roleDefinitionId: `/subscriptions/${vision.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
      principalId: demoIds.user('erin'),
      principalType: 'User' as const,
    };

    await expect(
      client('bob').roleAssignments.create(scope, name, parameters),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        `does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${scope}/providers/Microsoft.Authorization/roleAssignments/${name}'`,
      ),
    });
    expect(emulator.ctx.state.roleAssignments.some(a => a.name === name)).toBe(
      false,
    );

    const created = await client('alice').roleAssignments.create(
      scope,
      name,
      parameters,
    );
    expect(created).toMatchObject({
      name,
      principalId: demoIds.user('erin'),
      scope,
    });
    const sets = [];
    for await (const set of client('erin').permissions.listForResourceGroup(
      vision.resourceGroup,
    ))
      sets.push(set);
    expect(sets).toEqual([
      {
        actions: ['*/read'],
        notActions: [],
        dataActions: [],
        notDataActions: [],
      },
    ]);

    await client('alice').roleAssignments.delete(scope, name);
    expect(emulator.ctx.state.roleAssignments.some(a => a.name === name)).toBe(
      false,
    );
  });

  it('rejects assignments to unknown principals and roles with ARM errors', async () => {
    const scope = `/subscriptions/${vision.subscriptionId}`;
    const roleDefinitionId = `${scope}/providers/Microsoft.Authorization/roleDefinitions/${READER}`;
    const before = emulator.ctx.state.roleAssignments.length;
    await expect(
      client('alice').roleAssignments.create(
        scope,
        '7a1b2c3d-0000-4000-8000-0000000000ab',
        {
          roleDefinitionId,
          principalId: '00000000-0000-4000-8000-000000000999',
        },
      ),
    ).rejects.toMatchObject({ statusCode: 400, code: 'PrincipalNotFound' });
    await expect(
      client('alice').roleAssignments.create(
        scope,
        '7a1b2c3d-0000-4000-8000-0000000000ac',
        {
          roleDefinitionId: `${scope}/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-4000-8000-000000000000`,
          principalId: demoIds.user('erin'),
        },
      ),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'RoleDefinitionDoesNotExist',
    });
    expect(emulator.ctx.state.roleAssignments.length).toBe(before);
  });

  it('lists assignments that apply to a principal through its groups', async () => {
    const assignments = [];
    for await (const a of client('alice').roleAssignments.listForScope(
      `/subscriptions/${vision.subscriptionId}/resourceGroups/${vision.resourceGroup}`,
      { filter: `assignedTo('${demoIds.user('bob')}')` },
    ))
      assignments.push(a);
    expect(
      assignments.map(a => [
        a.principalId,
        a.roleDefinitionId?.split('/').pop(),
      ]),
    ).toEqual([[demoIds.group('team-vision'), DATA_SCIENTIST]]);
  });
});
