/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { readAzureMlProjectRoles } from './readAzureMlProjectRoles';

function read(projectRoles?: object) {
  return readAzureMlProjectRoles(
    new ConfigReader(projectRoles ? { azureMl: { projectRoles } } : {}),
  );
}

// The default roles written out by hand, so the test does not trust the
// code's own derivation of them.
const VIEWER = [
  'azureMl.workspace.read',
  'azureMl.job.read',
  'azureMl.model.read',
  'azureMl.endpoint.read',
  'azureMl.data.read',
  'azureMl.environment.read',
  'azureMl.compute.read',
  'azureMl.identity.read',
  'azureMl.audit.read',
];
const DEVELOPER = [
  ...VIEWER,
  'azureMl.job.submit',
  'azureMl.job.cancel',
  'azureMl.data.register',
  'azureMl.model.register',
  'azureMl.environment.create',
];
const MAINTAINER = [
  ...DEVELOPER,
  'azureMl.endpoint.traffic.update',
  'azureMl.endpoint.deployment.create',
  'azureMl.identity.federate',
  'azureMl.access.diagnose.others',
];

describe('readAzureMlProjectRoles', () => {
  it('uses the default roles, no assignments and no default role when the block is absent', () => {
    expect(read()).toEqual({
      roles: { viewer: VIEWER, developer: DEVELOPER, maintainer: MAINTAINER },
      assignments: [],
    });
  });

  it('gives running the access doctor for others to maintainers only', () => {
    const { roles } = read();
    expect(
      Object.entries(roles)
        .filter(([, permissions]) =>
          permissions.includes('azureMl.access.diagnose.others'),
        )
        .map(([role]) => role),
    ).toEqual(['maintainer']);
  });

  it('normalizes group refs, keeps the assignments in order and scopes them to owned entities unless told', () => {
    expect(
      read({
        assignments: [
          { group: 'group:default/Team-Vision', role: 'developer' },
          { group: 'team-nlp', role: 'viewer', scope: 'owned' },
          {
            group: 'group:default/platform-team',
            role: 'maintainer',
            scope: 'everywhere',
          },
          { group: 'group:research/fabrikam', role: 'maintainer' },
        ],
      }).assignments,
    ).toEqual([
      { group: 'group:default/team-vision', role: 'developer', scope: 'owned' },
      { group: 'group:default/team-nlp', role: 'viewer', scope: 'owned' },
      {
        group: 'group:default/platform-team',
        role: 'maintainer',
        scope: 'everywhere',
      },
      { group: 'group:research/fabrikam', role: 'maintainer', scope: 'owned' },
    ]);
  });

  it('reads the default role every signed-in user holds', () => {
    expect(read({ defaultRole: 'viewer', assignments: [] })).toEqual({
      roles: { viewer: VIEWER, developer: DEVELOPER, maintainer: MAINTAINER },
      assignments: [],
      defaultRole: 'viewer',
    });
  });

  it('replaces the default roles with the configured ones', () => {
    expect(
      read({
        roles: {
          reader: ['azureMl.workspace.read', 'azureMl.workspace.read'],
          operator: ['azureMl.job.cancel'],
        },
        assignments: [{ group: 'team-vision', role: 'operator' }],
        defaultRole: 'reader',
      }),
    ).toEqual({
      roles: {
        reader: ['azureMl.workspace.read'],
        operator: ['azureMl.job.cancel'],
      },
      assignments: [
        {
          group: 'group:default/team-vision',
          role: 'operator',
          scope: 'owned',
        },
      ],
      defaultRole: 'reader',
    });
  });

  it.each([
    [
      'a permission that is not an Azure ML one',
      { roles: { viewer: ['azureMl.workspace.read', 'catalog.entity.read'] } },
      "Invalid config azureMl.projectRoles.roles.viewer: 'catalog.entity.read' is not an Azure ML permission; the permissions are azureMl.workspace.read, azureMl.job.read, azureMl.model.read, azureMl.endpoint.read, azureMl.data.read, azureMl.environment.read, azureMl.compute.read, azureMl.identity.read, azureMl.audit.read, azureMl.access.diagnose.others, azureMl.job.cancel, azureMl.job.submit, azureMl.endpoint.traffic.update, azureMl.endpoint.deployment.create, azureMl.model.register, azureMl.data.register, azureMl.environment.create, azureMl.identity.federate",
    ],
    [
      'a misspelt permission',
      { roles: { operator: ['azureMl.jobs.cancel'] } },
      "Invalid config azureMl.projectRoles.roles.operator: 'azureMl.jobs.cancel' is not an Azure ML permission",
    ],
    [
      'an empty roles block',
      { roles: {} },
      'Invalid config azureMl.projectRoles.roles: no role is defined; leave the key out for the default roles (viewer, developer, maintainer)',
    ],
    [
      'an unknown role',
      { assignments: [{ group: 'team-vision', role: 'owner' }] },
      "Invalid config azureMl.projectRoles.assignments[0].role: 'owner' is not a role; the roles are viewer, developer, maintainer",
    ],
    [
      'a default role when custom roles replace the defaults',
      {
        roles: { operator: ['azureMl.job.cancel'] },
        assignments: [
          { group: 'team-vision', role: 'operator' },
          { group: 'team-nlp', role: 'developer' },
        ],
      },
      "Invalid config azureMl.projectRoles.assignments[1].role: 'developer' is not a role; the roles are operator",
    ],
    [
      "a user's ref instead of a group's",
      { assignments: [{ group: 'user:default/alice', role: 'viewer' }] },
      "Invalid config azureMl.projectRoles.assignments[0].group: 'user:default/alice' is a user ref; project roles are assigned to catalog groups such as 'group:default/team-vision'",
    ],
    [
      'a malformed group ref',
      { assignments: [{ group: 'group:default/', role: 'viewer' }] },
      "Invalid config azureMl.projectRoles.assignments[0].group: 'group:default/' is not an entity ref such as 'group:default/team-vision'",
    ],
    [
      'an Entra group id instead of a catalog group',
      {
        assignments: [
          {
            entraGroupId: '00000000-0000-4000-8000-000000000001',
            role: 'viewer',
          },
        ],
      },
      "Invalid config azureMl.projectRoles.assignments[0].entraGroupId: an assignment takes only 'group' (a catalog group ref such as 'group:default/team-vision'), 'role' and 'scope' ('owned' or 'everywhere')",
    ],
    [
      'an assignment without a group',
      { assignments: [{ role: 'viewer' }] },
      "Missing required config value at 'azureMl.projectRoles.assignments[0].group'",
    ],
    [
      'an unknown scope',
      {
        assignments: [
          { group: 'platform-team', role: 'maintainer', scope: 'all' },
        ],
      },
      "Invalid config azureMl.projectRoles.assignments[0].scope: 'all' is not a scope; use 'owned' (the role applies on the entities the group owns, the default) or 'everywhere' (on every Azure ML entity)",
    ],
    [
      'a default role that is not a role',
      { defaultRole: 'reader' },
      "Invalid config azureMl.projectRoles.defaultRole: 'reader' is not a role; the roles are viewer, developer, maintainer",
    ],
    [
      'a key the block does not take',
      { defaultRoles: 'viewer' },
      "Invalid config azureMl.projectRoles.defaultRoles: the project roles take only 'roles', 'assignments' and 'defaultRole'",
    ],
  ])('refuses %s, naming the key', (_, projectRoles, message) => {
    expect(() => read(projectRoles)).toThrow(message);
  });
});
