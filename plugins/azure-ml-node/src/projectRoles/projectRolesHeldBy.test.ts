/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { projectRolesHeldBy } from './projectRolesHeldBy';
import { readAzureMlProjectRoles } from './readAzureMlProjectRoles';

const PLATFORM = 'group:default/platform-team';
const VISION = 'group:default/team-vision';
const NLP = 'group:default/team-nlp';

const projectRoles = readAzureMlProjectRoles(
  new ConfigReader({
    azureMl: {
      projectRoles: {
        defaultRole: 'viewer',
        assignments: [
          { group: 'platform-team', role: 'maintainer', scope: 'everywhere' },
          { group: 'team-vision', role: 'developer' },
          { group: 'team-nlp', role: 'developer' },
        ],
      },
    },
  }),
);

describe('projectRolesHeldBy', () => {
  it('gives a user the default role and their groups’ roles, applying on the entity as each scope says', () => {
    expect(
      projectRolesHeldBy(
        projectRoles,
        {
          ownershipEntityRefs: ['user:default/dana', PLATFORM, NLP],
          signedInUser: true,
        },
        [VISION],
      ),
    ).toEqual([
      { role: 'viewer', scope: 'default', appliesToEntity: false },
      {
        role: 'maintainer',
        scope: 'everywhere',
        group: PLATFORM,
        appliesToEntity: true,
      },
      { role: 'developer', scope: 'owned', group: NLP, appliesToEntity: false },
    ]);
  });

  it("applies an owned role and the default role on the group's own entities, ignoring case", () => {
    expect(
      projectRolesHeldBy(
        projectRoles,
        {
          ownershipEntityRefs: [
            'user:default/bob',
            'group:default/Team-Vision',
          ],
          signedInUser: true,
        },
        ['GROUP:default/team-vision'],
      ),
    ).toEqual([
      { role: 'viewer', scope: 'default', appliesToEntity: true },
      {
        role: 'developer',
        scope: 'owned',
        group: VISION,
        appliesToEntity: true,
      },
    ]);
  });

  it('gives the default role to every signed-in user, even in no group, and never to a group', () => {
    expect(
      projectRolesHeldBy(
        projectRoles,
        { ownershipEntityRefs: ['user:default/erin'], signedInUser: true },
        [VISION],
      ),
    ).toEqual([{ role: 'viewer', scope: 'default', appliesToEntity: false }]);
    expect(
      projectRolesHeldBy(
        projectRoles,
        { ownershipEntityRefs: [VISION], signedInUser: false },
        [VISION],
      ),
    ).toEqual([
      {
        role: 'developer',
        scope: 'owned',
        group: VISION,
        appliesToEntity: true,
      },
    ]);
  });

  it('holds nothing without a default role or a group with a role', () => {
    expect(
      projectRolesHeldBy(
        readAzureMlProjectRoles(new ConfigReader({})),
        { ownershipEntityRefs: ['user:default/erin'], signedInUser: true },
        [VISION],
      ),
    ).toEqual([]);
  });
});
