/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlJobCancelPermission,
  azureMlPermissions,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { AzureMlProjectRolesPolicy } from './AzureMlProjectRolesPolicy';

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
const GRANTS: Record<string, string[]> = {
  viewer: VIEWER,
  developer: DEVELOPER,
  maintainer: MAINTAINER,
};

const TEAM_VISION = 'group:default/team-vision';
const TEAM_NLP = 'group:default/team-nlp';
const TEAM_PLATFORM = 'group:default/team-platform';
const PERMISSION_COUNT = 18;

function userIn(name: string, groups: string[]): PolicyQueryUser {
  const userEntityRef = `user:default/${name}`;
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] },
  };
}

function policyFor(projectRoles: object, fallback?: PermissionPolicy) {
  return new AzureMlProjectRolesPolicy({
    config: new ConfigReader({ azureMl: { projectRoles } }),
    fallback,
  });
}

/** A workspace's catalog entity, with the relation the catalog derives from spec.owner. */
function workspaceOwnedBy(owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'mlw-vision' },
    spec: { owner, type: 'azure-ml-workspace' },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** Applies a decision to one entity, as the catalog would. */
function isAllowedOn(decision: PolicyDecision, entity: Entity): boolean {
  if (decision.result !== AuthorizeResult.CONDITIONAL) {
    return decision.result === AuthorizeResult.ALLOW;
  }
  const { conditions } = decision;
  if (!('rule' in conditions)) {
    throw new Error(`Expected one rule, got ${JSON.stringify(conditions)}`);
  }
  expect(conditions.rule).toBe(permissionRules.isEntityOwner.name);
  return permissionRules.isEntityOwner.apply(
    entity,
    conditions.params as { claims: string[] },
  );
}

function ownedBy(claims: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      rule: 'IS_ENTITY_OWNER',
      resourceType: 'catalog-entity',
      params: { claims },
    },
  };
}

const ALLOW = { result: AuthorizeResult.ALLOW };
const DENY = { result: AuthorizeResult.DENY };

describe('AzureMlProjectRolesPolicy', () => {
  it('covers every Azure ML permission of -common in the role tables', () => {
    expect(azureMlPermissions.map(p => p.name).sort()).toEqual(
      [...MAINTAINER].sort(),
    );
  });

  // team-vision owns the workspace; team-nlp holds the same role but owns
  // other workspaces; carol is in no group.
  const users = {
    'in the owning group': userIn('alice', [TEAM_VISION]),
    'in another group with the same role': userIn('bob', [TEAM_NLP]),
    'in no group': userIn('carol', []),
  } as const;
  type Situation = keyof typeof users;

  function expected(
    role: string,
    situation: Situation,
    permission: (typeof azureMlPermissions)[number],
  ): { decision: PolicyDecision; onTeamVisionWorkspace: boolean } {
    if (
      situation === 'in no group' ||
      !GRANTS[role].includes(permission.name)
    ) {
      return { decision: DENY, onTeamVisionWorkspace: false };
    }
    if (permission.type === 'basic') {
      return { decision: ALLOW, onTeamVisionWorkspace: true };
    }
    return situation === 'in the owning group'
      ? { decision: ownedBy([TEAM_VISION]), onTeamVisionWorkspace: true }
      : { decision: ownedBy([TEAM_NLP]), onTeamVisionWorkspace: false };
  }

  const cases = Object.keys(GRANTS).flatMap(role =>
    (Object.keys(users) as Situation[]).flatMap(situation =>
      azureMlPermissions.map(permission => ({
        role,
        situation,
        permission,
        ...expected(role, situation, permission),
      })),
    ),
  );

  it('has a case for each role, situation and permission', () => {
    expect(cases).toHaveLength(3 * 3 * PERMISSION_COUNT);
  });

  it.each(cases)(
    '$role, user $situation: $permission.name is $decision.result',
    async ({
      role,
      situation,
      permission,
      decision,
      onTeamVisionWorkspace,
    }) => {
      const policy = policyFor({
        assignments: [
          { group: TEAM_VISION, role },
          { group: TEAM_NLP, role },
        ],
      });

      const actual = await policy.handle({ permission }, users[situation]);

      expect(actual).toEqual(decision);
      expect(isAllowedOn(actual, workspaceOwnedBy(TEAM_VISION))).toBe(
        onTeamVisionWorkspace,
      );
    },
  );

  it('gives a user in two groups the claims of each group whose role grants the permission, and only those', async () => {
    const policy = policyFor({
      assignments: [
        { group: TEAM_VISION, role: 'developer' },
        { group: TEAM_PLATFORM, role: 'maintainer' },
        { group: TEAM_NLP, role: 'maintainer' },
      ],
    });
    const dana = userIn('dana', [TEAM_VISION, TEAM_PLATFORM]);
    const decide = (name: string) =>
      policy.handle(
        { permission: azureMlPermissions.find(p => p.name === name)! },
        dana,
      );

    await expect(decide('azureMl.job.cancel')).resolves.toEqual(
      ownedBy([TEAM_VISION, TEAM_PLATFORM]),
    );
    await expect(decide('azureMl.endpoint.traffic.update')).resolves.toEqual(
      ownedBy([TEAM_PLATFORM]),
    );
    await expect(decide('azureMl.identity.federate')).resolves.toEqual(ALLOW);
    await expect(decide('azureMl.workspace.read')).resolves.toEqual(ALLOW);

    const cancel = await decide('azureMl.job.cancel');
    expect(isAllowedOn(cancel, workspaceOwnedBy(TEAM_VISION))).toBe(true);
    expect(isAllowedOn(cancel, workspaceOwnedBy(TEAM_PLATFORM))).toBe(true);
    expect(isAllowedOn(cancel, workspaceOwnedBy(TEAM_NLP))).toBe(false);
    const traffic = await decide('azureMl.endpoint.traffic.update');
    expect(isAllowedOn(traffic, workspaceOwnedBy(TEAM_VISION))).toBe(false);
  });

  it('denies every Azure ML permission to a user whose groups hold no role', async () => {
    const policy = policyFor({
      assignments: [{ group: TEAM_VISION, role: 'maintainer' }],
    });
    const erin = userIn('erin', ['group:default/team-unassigned']);
    for (const permission of azureMlPermissions) {
      await expect(policy.handle({ permission }, erin)).resolves.toEqual(DENY);
    }
  });

  it('denies every Azure ML permission when the request has no user', async () => {
    const policy = policyFor({
      assignments: [{ group: TEAM_VISION, role: 'maintainer' }],
    });
    for (const permission of azureMlPermissions) {
      await expect(policy.handle({ permission })).resolves.toEqual(DENY);
    }
  });

  it('matches group refs whatever their case, and takes a bare group name for the default namespace', async () => {
    const policy = policyFor({
      assignments: [
        { group: 'group:default/Team-Vision', role: 'developer' },
        { group: 'team-nlp', role: 'developer' },
      ],
    });
    const frank = userIn('frank', ['group:default/TEAM-VISION', TEAM_NLP]);
    await expect(
      policy.handle({ permission: azureMlJobCancelPermission }, frank),
    ).resolves.toEqual(ownedBy([TEAM_VISION, TEAM_NLP]));
  });

  it('grants what custom roles list, replacing the defaults', async () => {
    const policy = policyFor({
      roles: { 'job-operator': ['azureMl.job.read', 'azureMl.job.cancel'] },
      assignments: [{ group: TEAM_VISION, role: 'job-operator' }],
    });
    const alice = userIn('alice', [TEAM_VISION]);
    const decisions = Object.fromEntries(
      await Promise.all(
        azureMlPermissions.map(
          async permission =>
            [
              permission.name,
              (await policy.handle({ permission }, alice)).result,
            ] as const,
        ),
      ),
    );
    expect(
      Object.entries(decisions).filter(
        ([, result]) => result !== AuthorizeResult.DENY,
      ),
    ).toEqual([
      ['azureMl.job.read', AuthorizeResult.ALLOW],
      ['azureMl.job.cancel', AuthorizeResult.CONDITIONAL],
    ]);
  });

  it('denies an azureMl permission that -common does not define, or defines in another shape', async () => {
    const policy = policyFor({
      assignments: [{ group: TEAM_VISION, role: 'maintainer' }],
    });
    const alice = userIn('alice', [TEAM_VISION]);
    const unknown = createPermission({
      name: 'azureMl.workspace.delete',
      attributes: { action: 'delete' },
    });
    // job.cancel is a catalog-entity permission: as a basic one it would
    // skip the ownership condition.
    const cancelAsBasic = createPermission({
      name: 'azureMl.job.cancel',
      attributes: { action: 'update' },
    });
    await expect(
      policy.handle({ permission: unknown }, alice),
    ).resolves.toEqual(DENY);
    await expect(
      policy.handle({ permission: cancelAsBasic }, alice),
    ).resolves.toEqual(DENY);
  });

  it('logs the assignments at start, and warns when there are none', () => {
    const logger = mockServices.logger.mock();
    const start = (projectRoles: object) =>
      new AzureMlProjectRolesPolicy({
        config: new ConfigReader({ azureMl: { projectRoles } }),
        logger,
      });

    expect(
      start({
        assignments: [
          { group: TEAM_VISION, role: 'developer' },
          { group: TEAM_PLATFORM, role: 'maintainer', scope: 'everywhere' },
        ],
      }),
    ).toBeInstanceOf(AzureMlProjectRolesPolicy);
    expect(start({ defaultRole: 'viewer' })).toBeInstanceOf(
      AzureMlProjectRolesPolicy,
    );
    expect(start({})).toBeInstanceOf(AzureMlProjectRolesPolicy);

    expect(logger.info.mock.calls).toEqual([
      [
        'Azure ML project roles (viewer, developer, maintainer): group:default/team-vision is developer, group:default/team-platform is maintainer everywhere',
      ],
      [
        'Azure ML project roles (viewer, developer, maintainer): every signed-in user is viewer',
      ],
    ]);
    expect(logger.warn.mock.calls).toEqual([
      [
        'No group is assigned a project role in azureMl.projectRoles.assignments and no azureMl.projectRoles.defaultRole is set, so every Azure ML permission is denied',
      ],
    ]);
  });

  describe('a role assigned everywhere', () => {
    // team-platform holds the role everywhere; the workspace is team-vision's.
    const everywhereUsers = {
      'in the group': userIn('alice', [TEAM_PLATFORM]),
      'in no group': userIn('erin', []),
    } as const;
    type EverywhereSituation = keyof typeof everywhereUsers;

    const everywhereCases = Object.keys(GRANTS).flatMap(role =>
      (Object.keys(everywhereUsers) as EverywhereSituation[]).flatMap(
        situation =>
          azureMlPermissions.map(permission => {
            const granted =
              situation === 'in the group' &&
              GRANTS[role].includes(permission.name);
            return {
              role,
              situation,
              permission,
              decision: granted ? ALLOW : DENY,
            };
          }),
      ),
    );

    it('has a case for each role, situation and permission', () => {
      expect(everywhereCases).toHaveLength(3 * 2 * PERMISSION_COUNT);
    });

    it.each(everywhereCases)(
      '$role everywhere, user $situation: $permission.name is $decision.result, on any owner’s entity',
      async ({ role, situation, permission, decision }) => {
        const policy = policyFor({
          assignments: [{ group: TEAM_PLATFORM, role, scope: 'everywhere' }],
        });

        const actual = await policy.handle(
          { permission },
          everywhereUsers[situation],
        );

        expect(actual).toEqual(decision);
        expect(isAllowedOn(actual, workspaceOwnedBy(TEAM_VISION))).toBe(
          decision === ALLOW,
        );
      },
    );

    it('allows outright what the everywhere role grants, and keeps ownership for what only an owned role grants', async () => {
      const policy = policyFor({
        assignments: [
          { group: TEAM_PLATFORM, role: 'developer', scope: 'everywhere' },
          { group: TEAM_VISION, role: 'maintainer' },
        ],
      });
      const dana = userIn('dana', [TEAM_PLATFORM, TEAM_VISION]);
      await expect(
        policy.handle({ permission: azureMlJobCancelPermission }, dana),
      ).resolves.toEqual(ALLOW);
      const traffic = await policy.handle(
        {
          permission: azureMlPermissions.find(
            p => p.name === 'azureMl.endpoint.traffic.update',
          )!,
        },
        dana,
      );
      expect(traffic).toEqual(ownedBy([TEAM_VISION]));
      expect(isAllowedOn(traffic, workspaceOwnedBy(TEAM_NLP))).toBe(false);
    });
  });

  describe('the default role', () => {
    // Nobody is assigned a role; every signed-in user holds the default one.
    const defaultUsers = {
      'in the owning group': userIn('bob', [TEAM_VISION]),
      'in another group': userIn('carol', [TEAM_NLP]),
      'in no group': userIn('erin', []),
    } as const;
    type DefaultSituation = keyof typeof defaultUsers;

    function expectedByDefault(
      role: string,
      situation: DefaultSituation,
      permission: (typeof azureMlPermissions)[number],
    ): { decision: PolicyDecision; onTeamVisionWorkspace: boolean } {
      if (!GRANTS[role].includes(permission.name)) {
        return { decision: DENY, onTeamVisionWorkspace: false };
      }
      if (permission.type === 'basic') {
        return { decision: ALLOW, onTeamVisionWorkspace: true };
      }
      const user = defaultUsers[situation].info.userEntityRef;
      const groups: Record<DefaultSituation, string[]> = {
        'in the owning group': [TEAM_VISION],
        'in another group': [TEAM_NLP],
        'in no group': [],
      };
      return {
        decision: ownedBy([user, ...groups[situation]]),
        onTeamVisionWorkspace: situation === 'in the owning group',
      };
    }

    const defaultCases = Object.keys(GRANTS).flatMap(role =>
      (Object.keys(defaultUsers) as DefaultSituation[]).flatMap(situation =>
        azureMlPermissions.map(permission => ({
          role,
          situation,
          permission,
          ...expectedByDefault(role, situation, permission),
        })),
      ),
    );

    it('has a case for each role, situation and permission', () => {
      expect(defaultCases).toHaveLength(3 * 3 * PERMISSION_COUNT);
    });

    it.each(defaultCases)(
      'default $role, user $situation: $permission.name is $decision.result',
      async ({
        role,
        situation,
        permission,
        decision,
        onTeamVisionWorkspace,
      }) => {
        const policy = policyFor({ defaultRole: role, assignments: [] });

        const actual = await policy.handle(
          { permission },
          defaultUsers[situation],
        );

        expect(actual).toEqual(decision);
        expect(isAllowedOn(actual, workspaceOwnedBy(TEAM_VISION))).toBe(
          onTeamVisionWorkspace,
        );
      },
    );

    it("applies on an entity the user owns in person, and not on another's", async () => {
      const policy = policyFor({ defaultRole: 'developer' });
      const decision = await policy.handle(
        { permission: azureMlJobCancelPermission },
        userIn('erin', []),
      );
      expect(isAllowedOn(decision, workspaceOwnedBy('user:default/erin'))).toBe(
        true,
      );
      expect(isAllowedOn(decision, workspaceOwnedBy('user:default/bob'))).toBe(
        false,
      );
    });

    it('adds to the roles of the user’s groups', async () => {
      const policy = policyFor({
        defaultRole: 'viewer',
        assignments: [{ group: TEAM_VISION, role: 'developer' }],
      });
      const bob = userIn('bob', [TEAM_VISION]);
      const erin = userIn('erin', []);
      await expect(
        policy.handle({ permission: azureMlJobCancelPermission }, bob),
      ).resolves.toEqual(ownedBy([TEAM_VISION]));
      await expect(
        policy.handle({ permission: azureMlJobCancelPermission }, erin),
      ).resolves.toEqual(DENY);
      await expect(
        policy.handle(
          {
            permission: azureMlPermissions.find(
              p => p.name === 'azureMl.workspace.read',
            )!,
          },
          erin,
        ),
      ).resolves.toEqual(ALLOW);
    });

    it('is not held by a request without a user', async () => {
      const policy = policyFor({ defaultRole: 'maintainer' });
      for (const permission of azureMlPermissions) {
        await expect(policy.handle({ permission })).resolves.toEqual(DENY);
      }
    });
  });

  describe('a permission that is not an Azure ML one', () => {
    const alice = userIn('alice', [TEAM_VISION]);
    const request = { permission: catalogEntityReadPermission };

    it('is allowed when no fallback is given', async () => {
      const policy = policyFor({ assignments: [] });
      await expect(policy.handle(request, alice)).resolves.toEqual(ALLOW);
      await expect(policy.handle(request)).resolves.toEqual(ALLOW);
    });

    it('goes to the fallback with the same request and user, and the fallback decides', async () => {
      const seen: unknown[] = [];
      const fallback: PermissionPolicy = {
        async handle(query, user) {
          seen.push([query, user]);
          return DENY;
        },
      };
      const policy = policyFor(
        { assignments: [{ group: TEAM_VISION, role: 'maintainer' }] },
        fallback,
      );

      await expect(policy.handle(request, alice)).resolves.toEqual(DENY);
      expect(seen).toEqual([[request, alice]]);
    });

    it('never sends an Azure ML permission to the fallback', async () => {
      const seen: string[] = [];
      const policy = policyFor(
        { assignments: [] },
        {
          async handle(query) {
            seen.push(query.permission.name);
            return ALLOW;
          },
        },
      );
      await expect(
        policy.handle(
          { permission: azureMlJobCancelPermission },
          userIn('alice', [TEAM_VISION]),
        ),
      ).resolves.toEqual(DENY);
      expect(seen).toEqual([]);
    });
  });
});
