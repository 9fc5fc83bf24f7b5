/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { leastPrivilegedRole, type CandidateRole } from './leastPrivilegedRole';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const WORKSPACE =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w';

type BuiltInRole = {
  name: string;
  roleDefinitionId: string;
  assignableScopes: string[];
  actions: string[];
  notActions: string[];
};

/** Microsoft's built-in role definitions (the emulator's fixture), as the doctor reads them. */
const builtIn: { roles: BuiltInRole[] } = JSON.parse(
  readFileSync(
    path.join(
      path.dirname(require.resolve('@internal/azure-emulator/package.json')),
      'fixtures',
      'builtin-roles.json',
    ),
    'utf8',
  ),
);
const BUILT_IN: CandidateRole[] = builtIn.roles.map(r => ({
  id: r.roleDefinitionId,
  roleName: r.name,
  roleType: 'BuiltInRole',
  assignableScopes: r.assignableScopes,
  permissions: [{ actions: r.actions, notActions: r.notActions }],
}));

const custom = (
  roleName: string,
  actions: string[],
  assignableScopes = [WORKSPACE],
): CandidateRole => ({
  id: `/providers/Microsoft.Authorization/roleDefinitions/${roleName}`,
  roleName,
  roleType: 'CustomRole',
  assignableScopes,
  permissions: [{ actions }],
});

const pick = (roles: CandidateRole[], required: string[]) =>
  leastPrivilegedRole(roles, required, WORKSPACE)?.roleName;

describe('leastPrivilegedRole', () => {
  it('picks AzureML Data Scientist, not Contributor or Owner, for cancelling jobs', () => {
    expect(pick(BUILT_IN, [`${ML}/jobs/cancel/action`])).toBe(
      'AzureML Data Scientist',
    );
  });

  it('picks Reader for reading the workspace', () => {
    expect(pick(BUILT_IN, [`${ML}/read`])).toBe('Reader');
  });

  it('picks Contributor where only it and Owner grant an action', () => {
    expect(pick(BUILT_IN, [`${ML}/write`])).toBe('Contributor');
  });

  it('prefers a custom role that grants exactly what is needed', () => {
    const exact = custom('Job canceller', [`${ML}/jobs/cancel/action`]);
    expect(pick([...BUILT_IN, exact], [`${ML}/jobs/cancel/action`])).toBe(
      'Job canceller',
    );
  });

  it('skips a role that cannot be assigned at the workspace', () => {
    const elsewhere = custom(
      'Elsewhere',
      [`${ML}/jobs/cancel/action`],
      ['/subscriptions/other'],
    );
    expect(pick([elsewhere], [`${ML}/jobs/cancel/action`])).toBeUndefined();
  });

  it('honours notActions: no role grants what every role takes back', () => {
    const roles = [
      {
        ...custom('Almost', [`${ML}/*`]),
        permissions: [
          { actions: [`${ML}/*`], notActions: [`${ML}/jobs/cancel/action`] },
        ],
      },
    ];
    expect(pick(roles, [`${ML}/jobs/cancel/action`])).toBeUndefined();
  });
});
