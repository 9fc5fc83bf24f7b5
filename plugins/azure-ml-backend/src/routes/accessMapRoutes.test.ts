/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAccessMap,
  AzureMlAccessMapPrincipal,
  AzureMlPortalFeature,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';
import {
  PORTAL_PROJECT_ROLES,
  demoDirectoryEntities,
} from '../accessMap/__testUtils__/demoDirectoryEntities';

const VISION = demoWorkspace('vision');
const SANDBOX = demoWorkspace('sandbox');
const ML = 'Microsoft.MachineLearningServices/workspaces';

const WORKSPACE_FEATURES: AzureMlPortalFeature[] = [
  'job.cancel',
  'job.submit',
  'data.register',
  'model.register',
  'environment.create',
];
const ALL_FEATURES: AzureMlPortalFeature[] = [
  ...WORKSPACE_FEATURES,
  'endpoint.traffic.update',
  'endpoint.deployment.create',
];
/** The privileged writes no project role needs. */
const PRIVILEGED = [
  `${ML}/write`,
  `${ML}/delete`,
  `${ML}/computes/write`,
  `${ML}/computes/delete`,
  'Microsoft.Authorization/roleAssignments/write',
];

describe('GET /workspaces/…/access-map', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;
  const armRequests = () => harness.emulator.ctx.requestCounts.get('arm') ?? 0;

  function startBackend(projectRoles: object | null = PORTAL_PROJECT_ROLES) {
    return harness.startBackend({
      entities: demoDirectoryEntities(),
      azureMl: projectRoles ? { projectRoles } : {},
    });
  }

  async function mapAs(
    user: string,
    path = VISION.path,
    projectRoles?: object | null,
  ) {
    const server = await startBackend(projectRoles);
    return request(server)
      .get(`${path}/access-map`)
      .set(headers(await harness.token(user)));
  }

  /** The role assignment the emulator holds for a principal and role, as the map shows it. */
  function assignment(
    principalId: string,
    roleName: string,
    extra: { inherited: boolean; viaGroup?: string; onlyExcess?: boolean },
    scopeStartsWith = '',
  ) {
    const a = state().roleAssignments.find(
      r =>
        r.principalId === principalId &&
        state().roleDefinitions.get(r.roleDefinitionId.split('/').pop()!)
          ?.roleName === roleName &&
        r.scope.startsWith(scopeStartsWith),
    );
    if (!a) throw new Error(`no ${roleName} assignment of ${principalId}`);
    return {
      id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${a.name}`,
      roleName,
      roleDefinitionId: a.roleDefinitionId,
      scope: a.scope,
      inherited: extra.inherited,
      principalId,
      ...(extra.viaGroup ? { viaGroup: extra.viaGroup } : {}),
      onlyExcess: extra.onlyExcess ?? false,
    };
  }

  function row(
    map: AzureMlAccessMap,
    entityRefOrObjectId: string,
  ): AzureMlAccessMapPrincipal {
    const found = map.principals.find(
      p =>
        p.entityRef === entityRefOrObjectId ||
        p.objectId === entityRefOrObjectId,
    );
    if (!found) throw new Error(`${entityRefOrObjectId} is not on the map`);
    return found;
  }

  describe('of mlw-vision, read by an Owner (alice)', () => {
    let map: AzureMlAccessMap;
    let dataScientist: ReturnType<typeof assignment>;
    let owner: ReturnType<typeof assignment>;

    beforeEach(async () => {
      const res = await mapAs('alice');
      if (res.status !== 200) {
        throw new Error(`GET access-map: ${res.status} ${res.text}`);
      }
      map = res.body;
      dataScientist = assignment(
        demoIds.group('team-vision'),
        'AzureML Data Scientist',
        { inherited: true, viaGroup: 'group:default/team-vision' },
        `/subscriptions/${VISION.subscriptionId}/`,
      );
      owner = assignment(
        demoIds.group('platform-team'),
        'Owner',
        { inherited: true },
        `/subscriptions/${VISION.subscriptionId}`,
      );
    });

    it("names the workspace's entity, its owner and the default role, and lists groups, then users, then other principals", () => {
      expect(map).toMatchObject({
        workspaceId: VISION.id,
        entityRef: 'system:default/mlw-vision',
        owner: 'group:default/team-vision',
        projectRolesConfigured: true,
        defaultRole: 'viewer',
        azure: { status: 'read' },
      });
      expect(
        map.principals.map(p => [p.kind, p.entityRef ?? p.principalType]),
      ).toEqual([
        ['group', 'group:default/ml-readers'],
        ['group', 'group:default/platform-team'],
        ['group', 'group:default/team-vision'],
        ['user', 'user:default/alice'],
        ['user', 'user:default/bob'],
        ['user', 'user:default/carol'],
        ['user', 'user:default/dave'],
        ['user', 'user:default/frank'],
        ['other', 'ServicePrincipal'],
        ['other', 'ServicePrincipal'],
        ['other', 'ServicePrincipal'],
      ]);
      // Erin holds only the default role, which gives her nothing here, and
      // no Azure role: she is not on the map.
      expect(JSON.stringify(map)).not.toContain('user:default/erin');
    });

    it('shows bob as a developer of the owning team with AzureML Data Scientist through it: what he needs, plus endpoint and compute writes', () => {
      const excess = [
        `${ML}/onlineEndpoints/write`,
        `${ML}/onlineEndpoints/deployments/write`,
        `${ML}/computes/write`,
        `${ML}/computes/delete`,
      ];
      expect(row(map, 'user:default/bob')).toEqual<AzureMlAccessMapPrincipal>({
        kind: 'user',
        entityRef: 'user:default/bob',
        displayName: 'Bob Builder',
        objectId: demoIds.user('bob'),
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
        features: WORKSPACE_FEATURES,
        roleAssignments: [dataScientist],
        drift: {
          missing: [],
          excess: excess.map(action => ({
            action,
            grantedBy: [dataScientist.id],
          })),
        },
      });
    });

    it("flags frank's AzureML Compute Operator as granting only excess: his developer role needs no compute writes", () => {
      const computeOperator = assignment(
        demoIds.user('frank'),
        'AzureML Compute Operator',
        { inherited: false, onlyExcess: true },
      );
      const frank = row(map, 'user:default/frank');
      expect(frank.features).toEqual(WORKSPACE_FEATURES);
      expect(frank.roleAssignments).toEqual([dataScientist, computeOperator]);
      expect(frank.drift?.missing).toEqual([]);
      // Job cancel is needed and granted: no drift for it either way.
      expect(frank.drift?.excess.map(e => e.action)).not.toContain(
        `${ML}/jobs/cancel/action`,
      );
      expect(frank.drift?.excess).toEqual(
        expect.arrayContaining([
          {
            action: `${ML}/computes/write`,
            grantedBy: [dataScientist.id, computeOperator.id],
          },
          {
            action: `${ML}/computes/delete`,
            grantedBy: [dataScientist.id, computeOperator.id],
          },
        ]),
      );
    });

    it('shows carol as a viewer here with Reader on the resource group, and no drift', () => {
      expect(row(map, 'user:default/carol')).toEqual<AzureMlAccessMapPrincipal>(
        {
          kind: 'user',
          entityRef: 'user:default/carol',
          displayName: 'Carol Chen',
          objectId: demoIds.user('carol'),
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
            assignment(demoIds.user('carol'), 'Reader', { inherited: true }),
          ],
          drift: { excess: [], missing: [] },
        },
      );
    });

    it('shows the platform team as maintainers everywhere with Owner: every matrix action is needed, only the privileged writes are excess', () => {
      const platform = row(map, 'group:default/platform-team');
      expect(platform).toEqual<AzureMlAccessMapPrincipal>({
        kind: 'group',
        entityRef: 'group:default/platform-team',
        displayName: 'platform-team',
        objectId: demoIds.group('platform-team'),
        projectRoles: [
          {
            role: 'maintainer',
            scope: 'everywhere',
            group: 'group:default/platform-team',
            appliesHere: true,
          },
        ],
        features: ALL_FEATURES,
        roleAssignments: [owner],
        drift: {
          missing: [],
          excess: PRIVILEGED.map(action => ({
            action,
            grantedBy: [owner.id],
          })),
        },
      });
      const alice = row(map, 'user:default/alice');
      expect(alice.features).toEqual(ALL_FEATURES);
      expect(alice.roleAssignments).toEqual([
        { ...owner, viaGroup: 'group:default/platform-team' },
      ]);
      expect(alice.drift).toEqual({
        missing: [],
        excess: PRIVILEGED.map(action => ({
          action,
          grantedBy: [owner.id],
        })),
      });
    });

    it('lists principals with Azure roles and no project role, every write of theirs excess', () => {
      const ci = row(map, demoIds.managedIdentity('vision-ci-mi').principalId);
      expect(ci).toMatchObject({
        kind: 'other',
        displayName: demoIds.managedIdentity('vision-ci-mi').principalId,
        principalType: 'ServicePrincipal',
        projectRoles: [],
        features: [],
      });
      expect(ci.roleAssignments).toHaveLength(1);
      expect(ci.roleAssignments[0]).toMatchObject({
        roleName: 'AzureML Data Scientist',
        inherited: false,
        onlyExcess: true,
      });
      expect(ci.drift?.missing).toEqual([]);
      expect(ci.drift?.excess.map(e => e.action)).toEqual(
        expect.arrayContaining([
          `${ML}/jobs/cancel/action`,
          `${ML}/jobs/write`,
          `${ML}/onlineEndpoints/write`,
        ]),
      );
      // A Reader grants no write: listed, but no drift.
      const portal = row(
        map,
        demoIds.app('backstage-portal').servicePrincipalId,
      );
      expect(portal.drift).toEqual({ excess: [], missing: [] });
      expect(portal.roleAssignments[0].onlyExcess).toBe(false);
    });

    it("shows the readers' group as viewers (not owners here), with Reader inherited from the subscription", () => {
      const readers = row(map, 'group:default/ml-readers');
      expect(readers.projectRoles).toEqual([
        {
          role: 'viewer',
          scope: 'owned',
          group: 'group:default/ml-readers',
          appliesHere: false,
        },
      ]);
      expect(
        readers.roleAssignments.map(a => [a.roleName, a.inherited]),
      ).toEqual([['Reader', true]]);
      expect(readers.drift).toEqual({ excess: [], missing: [] });
      expect(row(map, 'user:default/dave').memberOf).toEqual([
        'group:default/ml-readers',
      ]);
    });
  });

  it('in the sandbox, flags the data scientists of teams that do not own it: their developer role does not apply there, so every write is excess', async () => {
    const res = await mapAs('alice', SANDBOX.path);
    expect(res.status).toBe(200);
    const map: AzureMlAccessMap = res.body;
    expect(map.owner).toBe('group:default/platform-team');
    const nlp = row(map, 'group:default/team-nlp');
    expect(nlp.projectRoles).toEqual([
      {
        role: 'developer',
        scope: 'owned',
        group: 'group:default/team-nlp',
        appliesHere: false,
      },
    ]);
    expect(nlp.features).toEqual([]);
    expect(nlp.roleAssignments).toMatchObject([
      { roleName: 'AzureML Data Scientist', onlyExcess: true },
    ]);
    expect(nlp.drift?.excess.map(e => e.action)).toEqual(
      expect.arrayContaining([`${ML}/jobs/cancel/action`, `${ML}/jobs/write`]),
    );
    // The default role applies to the platform team's own members here.
    expect(row(map, 'user:default/alice').projectRoles[0]).toEqual({
      role: 'viewer',
      scope: 'default',
      appliesHere: true,
    });
  });

  it("still shows the project roles when Azure refuses to list the workspace's role assignments (bob: no Reader there), with Azure's reason", async () => {
    const res = await mapAs('bob');
    expect(res.status).toBe(200);
    const map: AzureMlAccessMap = res.body;
    expect(map.azure).toEqual({
      status: 'refused',
      message: expect.stringContaining(
        `Azure RBAC denied action 'Microsoft.Authorization/roleAssignments/read' on scope '${VISION.id}`,
      ),
    });
    expect(map.principals.map(p => p.entityRef)).toEqual([
      'group:default/platform-team',
      'group:default/team-vision',
      'user:default/alice',
      'user:default/bob',
      'user:default/frank',
    ]);
    for (const principal of map.principals) {
      expect(principal.roleAssignments).toEqual([]);
      expect(principal).not.toHaveProperty('drift');
    }
    expect(row(map, 'user:default/bob').features).toEqual(WORKSPACE_FEATURES);
  });

  it('shows no project role when azureMl.projectRoles is not configured, only the Azure side', async () => {
    const res = await mapAs('alice', VISION.path, null);
    expect(res.status).toBe(200);
    const map: AzureMlAccessMap = res.body;
    expect(map.projectRolesConfigured).toBe(false);
    expect(map).not.toHaveProperty('defaultRole');
    expect(map.principals.every(p => p.projectRoles.length === 0)).toBe(true);
    expect(map.principals.every(p => p.features.length === 0)).toBe(true);
    // Bob's Data Scientist role is, with no project role, all excess.
    expect(
      row(map, 'user:default/bob').roleAssignments.map(a => a.onlyExcess),
    ).toEqual([true]);
  });

  it('refuses without the Backstage permission to read workspaces, before calling Azure', async () => {
    const server = await harness.startBackend({
      entities: demoDirectoryEntities(),
      azureMl: { projectRoles: PORTAL_PROJECT_ROLES },
      permissions: mockServices.permissions.factory({
        result: AuthorizeResult.DENY,
      }),
    });
    const token = await harness.token('alice');
    const before = armRequests();
    const res = await request(server)
      .get(`${VISION.path}/access-map`)
      .set(headers(token));
    expect(errorOf(res)).toEqual({
      status: 403,
      name: 'NotAllowedError',
      message:
        "Backstage permission policy denied 'azureMl.workspace.read' (read); ask a Backstage administrator for access",
    });
    expect(armRequests()).toBe(before);
  });

  it.each([
    [
      'a workspace name that breaks the naming rules',
      `/api/azure-ml/workspaces/${VISION.subscriptionId}/${VISION.resourceGroup}/-bad-/access-map`,
    ],
    [
      'a subscription that is no GUID',
      `/api/azure-ml/workspaces/not-a-guid/${VISION.resourceGroup}/${VISION.name}/access-map`,
    ],
    ['an unknown query parameter', `${VISION.path}/access-map?user=bob`],
  ])('answers 400 to %s, calling no Azure API', async (_, path) => {
    const server = await startBackend();
    const token = await harness.token('alice');
    const before = armRequests();
    const res = await request(server).get(path).set(headers(token));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(armRequests()).toBe(before);
  });

  it('answers 401 without the Entra token', async () => {
    const server = await startBackend();
    const res = await request(server)
      .get(`${VISION.path}/access-map`)
      .set(headers());
    expect(res.status).toBe(401);
  });
});
