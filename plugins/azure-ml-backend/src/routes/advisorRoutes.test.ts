/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type {
  AzureCustomRoleDefinition,
  AzureMlLeastPrivilegeReport,
  AzureMlPrincipalPrivileges,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  AuthorizationManagementClient,
  type RoleDefinition,
} from '@azure/arm-authorization';
import type { internal } from '@backstage/backend-openapi-utils';
import type {
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { demoIds, userCredential } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';
import { ACTIVITY_LOG_IMPORT_TASK_ID } from '../activityLog/scheduleActivityLogImport';
import { LEAST_PRIVILEGE_NOTE } from '../advisor/LeastPrivilegeAdvisor';
import {
  HISTORY_ACTIONS,
  visionCatalog,
  visionHistory,
} from '../advisor/__testUtils__/visionHistory';
import {
  postgresAuditDatabase,
  type TestAuditDatabase,
} from '../ledger/__testUtils__/auditTestDatabases';
import type { spec } from '../schema/openapi.generated';

type Spec = typeof spec;
type SchemaType<Name extends keyof Spec['components']['schemas']> =
  internal.ToTypeSafe<
    internal.SchemaRef<Spec, Spec['components']['schemas'][Name]>
  >;
/** Compiles only when the spec's report is the type of azure-ml-common. */
function assertType<_T extends true>(): void {}
assertType<
  [SchemaType<'AzureMlLeastPrivilegeReport'>] extends [
    AzureMlLeastPrivilegeReport,
  ]
    ? [AzureMlLeastPrivilegeReport] extends [
        SchemaType<'AzureMlLeastPrivilegeReport'>,
      ]
      ? true
      : false
    : false
>();

const VISION = demoWorkspace('vision');
const ADVICE = `${VISION.path}/least-privilege`;
const ML = 'Microsoft.MachineLearningServices/workspaces';
const SUBSCRIPTION = `/subscriptions/${VISION.subscriptionId}`;
const RG_VISION = `${SUBSCRIPTION}/resourceGroups/${VISION.resourceGroup}`;
const BOB = demoIds.user('bob');
const FRANK = demoIds.user('frank');
const CI_MI = demoIds.managedIdentity('vision-ci-mi').principalId as string;
const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  dataScientist: 'f6c7c914-8db3-469d-8ca1-694a8f32e121',
  computeOperator: 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815',
};
/** The concrete Azure ML writes of the feature × action matrix, sorted. */
const MATRIX = [
  `${ML}/codes/versions/write`,
  `${ML}/codes/write`,
  `${ML}/data/versions/write`,
  `${ML}/data/write`,
  `${ML}/datastores/listsecrets/action`,
  `${ML}/environments/versions/write`,
  `${ML}/environments/write`,
  `${ML}/jobs/cancel/action`,
  `${ML}/jobs/write`,
  `${ML}/models/versions/write`,
  `${ML}/models/write`,
  `${ML}/onlineEndpoints/deployments/write`,
  `${ML}/onlineEndpoints/write`,
];
const without = (all: string[], ...left: string[]) =>
  all.filter(a => !left.includes(a));
const roleDefinitionId = (guid: string) =>
  `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

/** The az-format role as the Azure SDK takes it. */
function sdkRole(role: AzureCustomRoleDefinition): RoleDefinition {
  return {
    roleName: role.Name,
    description: role.Description,
    roleType: 'CustomRole',
    permissions: [
      {
        actions: role.Actions,
        notActions: role.NotActions,
        dataActions: role.DataActions,
        notDataActions: role.NotDataActions,
      },
    ],
    assignableScopes: role.AssignableScopes,
  };
}

describe('GET /workspaces/…/least-privilege', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;
  const armRequests = () => harness.emulator.ctx.requestCounts.get('arm') ?? 0;
  let db: TestAuditDatabase;
  beforeEach(async () => {
    db = await postgresAuditDatabase();
  });
  afterEach(() => db.drop());

  const authorization = (user: string) =>
    new AuthorizationManagementClient(
      userCredential(harness.emulator, demoIds.user(user)),
      VISION.subscriptionId,
      { endpoint: harness.emulator.urls.https },
    );

  /** The plugin on the test's PostgreSQL database, with the demo catalog and a scheduler the test triggers. */
  async function startBackend(permissions?: ServiceFactory) {
    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(): ServiceFactory;
    };
    const server = await harness.startBackend({
      entities: visionCatalog(harness.emulator),
      permissions,
      extra: [
        mockServices.database.factory({ knex: db.knex }),
        scheduler.factory(),
      ],
    });
    return { server, scheduler };
  }

  /** Records mlw-vision's history and imports the Activity Log; the window around it. */
  async function recordHistory() {
    const { server, scheduler } = await startBackend();
    const from = new Date(Date.now() - 60_000).toISOString();
    const history = visionHistory(harness);
    await history.record(server);
    await scheduler.triggerTask(ACTIVITY_LOG_IMPORT_TASK_ID);
    const to = new Date(Date.now() + 60_000).toISOString();
    return { server, history, window: { from, to } };
  }

  async function adviceAs(
    server: Awaited<ReturnType<typeof startBackend>>['server'],
    user: string,
    query: Record<string, string>,
  ): Promise<AzureMlLeastPrivilegeReport> {
    const res = await request(server)
      .get(ADVICE)
      .query(query)
      .set(headers(await harness.token(user)));
    expect(res.status).toBe(200);
    return res.body;
  }

  /** A user added to the directory with no group and no role. */
  function addUser(alias: string): string {
    const erin = state().users.get(demoIds.user('erin'))!;
    const objectId = '22222222-0000-4000-8000-000000000777';
    state().users.set(objectId, {
      ...erin,
      objectId,
      userPrincipalName: `${alias}@contoso.onmicrosoft.com`,
      mail: `${alias}@contoso.onmicrosoft.com`,
      displayName: alias,
    });
    return objectId;
  }

  it('gives team-vision a role with exactly the actions its history used, which replays that history without a single 403, and fails once an action is left out', async () => {
    const { server, history, window } = await recordHistory();
    const report = await adviceAs(server, 'dave', window);
    expect(report).toMatchObject({
      workspaceId: VISION.id,
      from: window.from,
      to: window.to,
      note: LEAST_PRIVILEGE_NOTE,
      unattributedEvents: 0,
    });

    // What Azure itself recorded team-vision's members doing in mlw-vision.
    const members = [BOB, FRANK];
    const fromAzure = [
      ...new Set(
        state()
          .activityLog.filter(
            e =>
              ['Succeeded', 'Accepted'].includes(e.status.value) &&
              e.resourceId
                .toLowerCase()
                .startsWith(`${VISION.id}/`.toLowerCase()) &&
              members.includes(
                e.claims[
                  'http://schemas.microsoft.com/identity/claims/objectidentifier'
                ],
              ),
          )
          .map(e => e.operationName.value),
      ),
    ].sort();
    expect(fromAzure).toEqual(Object.values(HISTORY_ACTIONS).sort());

    const [teamVision, ciIdentity, ...others] = report.roles;
    expect(others).toEqual([]);
    expect(teamVision.subject).toEqual({
      kind: 'group',
      entityRef: 'group:default/team-vision',
      objectId: demoIds.group('team-vision'),
    });
    expect(teamVision.principals).toEqual([
      {
        objectId: BOB,
        userEntityRef: 'user:default/bob',
        events: expect.any(Number),
      },
      {
        objectId: FRANK,
        userEntityRef: 'user:default/frank',
        events: expect.any(Number),
      },
    ]);
    // Every action used, and nothing else.
    expect(teamVision.usedActions).toEqual(fromAzure);
    expect(teamVision.roleDefinition).toEqual({
      Name: 'Azure ML least privilege: team-vision in mlw-vision',
      IsCustom: true,
      Description: `The Azure actions team-vision used in workspace mlw-vision from ${window.from} to ${window.to}, per the portal's audit ledger and the Azure Activity Log. They record writes, not reads: assign this role together with Reader.`,
      Actions: fromAzure,
      NotActions: [],
      DataActions: [],
      NotDataActions: [],
      AssignableScopes: [VISION.id],
    });
    // The managed identity is in no group: a role of its own.
    expect(ciIdentity).toMatchObject({
      subject: { kind: 'principal', objectId: CI_MI, name: CI_MI },
      principals: [{ objectId: CI_MI, events: 1 }],
      usedActions: [HISTORY_ACTIONS.registerData],
    });

    // Create the role in Azure and give it to someone with no role at all.
    const alice = authorization('alice');
    const roleId = randomUUID();
    const role = teamVision.roleDefinition;
    await alice.roleDefinitions.createOrUpdate(
      VISION.id,
      roleId,
      sdkRole(role),
    );
    const rita = addUser('rita');
    const steps = history.replaySteps();
    const replay = async () => {
      const results: [string, number][] = [];
      for (const step of steps) {
        results.push([step.name, (await step.replay(rita)).status]);
      }
      return results;
    };
    expect((await replay()).map(([, status]) => status)).toEqual(
      steps.map(() => 403),
    );
    await alice.roleAssignments.create(VISION.id, randomUUID(), {
      roleDefinitionId: roleDefinitionId(roleId),
      principalId: rita,
      principalType: 'User',
    });
    const replayed = await replay();
    expect(replayed.filter(([, status]) => status === 403)).toEqual([]);
    expect(replayed).toEqual([
      ['cancel a job', 202],
      ['shift the traffic of an endpoint', 200],
      ['register a data version', 201],
      ['register a model version', 201],
    ]);

    // Leave one action out, and its step is refused, naming it.
    await alice.roleDefinitions.createOrUpdate(
      VISION.id,
      roleId,
      sdkRole({
        ...role,
        Actions: without(role.Actions, HISTORY_ACTIONS.registerModel),
      }),
    );
    const modelStep = steps.find(
      s => s.action === HISTORY_ACTIONS.registerModel,
    )!;
    const refused = await modelStep.replay(rita);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        `does not have authorization to perform action '${HISTORY_ACTIONS.registerModel}'`,
      ),
    });
    const dataStep = steps.find(
      s => s.action === HISTORY_ACTIONS.registerData,
    )!;
    expect((await dataStep.replay(rita)).status).toBe(201);
  }, 90_000);

  it('tells each principal assigned at the workspace what it holds, what its group left unused and what it is not granted', async () => {
    const { server, window } = await recordHistory();
    const report = await adviceAs(server, 'dave', window);
    const held = (
      guid: keyof typeof ROLE_IDS,
      roleName: string,
      scope: string,
    ) => ({
      assignmentId: expect.stringMatching(
        new RegExp(
          `^${scope}/providers/Microsoft.Authorization/roleAssignments/[0-9a-f-]{36}$`,
          'i',
        ),
      ),
      scope,
      inherited: scope !== VISION.id,
      roleDefinitionId: roleDefinitionId(ROLE_IDS[guid]),
      roleName,
      roleType: 'BuiltInRole',
    });
    const used = Object.values(HISTORY_ACTIONS);
    const dataScientistWrites = without(MATRIX); // AzureML Data Scientist grants the whole matrix.
    expect(report.assignmentsUnavailable).toBeUndefined();
    expect(report.assignments).toEqual<AzureMlPrincipalPrivileges[]>([
      {
        principalId: demoIds.user('carol'),
        principalType: 'User',
        entityRef: 'user:default/carol',
        roles: [held('reader', 'Reader', RG_VISION)],
        comparedWith: ['group:default/team-nlp'],
        unusedActions: [],
        notGranted: [],
      },
      {
        principalId: FRANK,
        principalType: 'User',
        entityRef: 'user:default/frank',
        roles: [held('computeOperator', 'AzureML Compute Operator', VISION.id)],
        comparedWith: ['group:default/team-vision'],
        // Nobody in team-vision used a compute.
        unusedActions: [`${ML}/computes/*`, `${ML}/notebooks/vm/*`],
        // Through team-vision, frank is granted all the group used.
        notGranted: [],
      },
      {
        principalId: demoIds.group('platform-team'),
        principalType: 'Group',
        entityRef: 'group:default/platform-team',
        roles: [held('owner', 'Owner', SUBSCRIPTION)],
        comparedWith: ['group:default/platform-team'],
        unusedActions: ['*', ...MATRIX],
        notGranted: [],
      },
      {
        principalId: demoIds.group('team-vision'),
        principalType: 'Group',
        entityRef: 'group:default/team-vision',
        roles: [held('dataScientist', 'AzureML Data Scientist', RG_VISION)],
        comparedWith: ['group:default/team-vision'],
        // Its wildcard writes and actions were used, not every concrete one.
        unusedActions: without(dataScientistWrites, ...used),
        notGranted: [],
      },
      {
        principalId: demoIds.group('ml-readers'),
        principalType: 'Group',
        entityRef: 'group:default/ml-readers',
        roles: [held('reader', 'Reader', SUBSCRIPTION)],
        comparedWith: ['group:default/ml-readers'],
        unusedActions: [],
        notGranted: [],
      },
      {
        principalId: demoIds.app('backstage-portal').servicePrincipalId,
        principalType: 'ServicePrincipal',
        roles: [held('reader', 'Reader', SUBSCRIPTION)],
        comparedWith: [demoIds.app('backstage-portal').servicePrincipalId],
        unusedActions: [],
        notGranted: [],
      },
      {
        principalId: demoIds.managedIdentity('backstage-portal-mi').principalId,
        principalType: 'ServicePrincipal',
        roles: [held('reader', 'Reader', SUBSCRIPTION)],
        comparedWith: [
          demoIds.managedIdentity('backstage-portal-mi').principalId,
        ],
        unusedActions: [],
        notGranted: [],
      },
      {
        principalId: CI_MI,
        principalType: 'ServicePrincipal',
        roles: [held('dataScientist', 'AzureML Data Scientist', VISION.id)],
        comparedWith: [CI_MI],
        // It only registered data: its other writes, and its `*/action`, went unused.
        unusedActions: [
          `${ML}/*/action`,
          ...without(dataScientistWrites, HISTORY_ACTIONS.registerData),
        ].sort((a, b) => a.localeCompare(b)),
        notGranted: [],
      },
    ]);

    // The CI identity is moved to a role that no longer covers what it did.
    const alice = authorization('alice');
    const ciAssignment = report.assignments.find(a => a.principalId === CI_MI)!;
    await alice.roleAssignments.deleteById(ciAssignment.roles[0].assignmentId);
    await alice.roleAssignments.create(VISION.id, randomUUID(), {
      roleDefinitionId: roleDefinitionId(ROLE_IDS.computeOperator),
      principalId: CI_MI,
      principalType: 'ServicePrincipal',
    });
    const after = await adviceAs(server, 'dave', window);
    expect(after.assignments.find(a => a.principalId === CI_MI)).toMatchObject({
      roles: [held('computeOperator', 'AzureML Compute Operator', VISION.id)],
      unusedActions: [`${ML}/computes/*`, `${ML}/notebooks/vm/*`],
      notGranted: [HISTORY_ACTIONS.registerData],
    });
  }, 90_000);

  it('still gives the roles when Azure will not list the assignments to the caller, and says why', async () => {
    const { server, window } = await recordHistory();
    // bob, an AzureML Data Scientist, may not read role assignments.
    const report = await adviceAs(server, 'bob', window);
    expect(
      report.roles.map(r => r.subject.entityRef ?? r.subject.objectId),
    ).toEqual(['group:default/team-vision', CI_MI]);
    expect(report.assignments).toEqual([]);
    expect(report.assignmentsUnavailable).toMatch(
      new RegExp(
        `^Azure RBAC denied action 'Microsoft\\.Authorization/roleAssignments/read' on scope '${VISION.id}': Read the Azure role assignments of workspace mlw-vision needs a role assignment that grants this action; ask an owner of the scope for access \\(AuthorizationFailed, correlation id [0-9a-f-]{36}\\)$`,
      ),
    );
  }, 90_000);

  it('refuses a bad window with 400, and reads neither the ledger nor Azure', async () => {
    const { server } = await startBackend();
    const token = await harness.token('dave');
    const ledger = await db.ledger();
    const before = {
      arm: armRequests(),
      ledger: (await ledger.query({})).items.length,
    };
    const cases: [Record<string, string>, RegExp][] = [
      [
        { from: 'yesterday' },
        /^Invalid query: from: 'yesterday' is not an ISO 8601 date or date-time with a time zone/,
      ],
      [
        { to: '2026-02-30' },
        /^Invalid query: to: '2026-02-30' is not an ISO 8601 date/,
      ],
      [
        { from: '2026-04-01T09:30:00' },
        /^Invalid query: from: '2026-04-01T09:30:00' is not an ISO 8601/,
      ],
      [
        { from: '2026-04-02', to: '2026-04-01' },
        /^Invalid query: from \(2026-04-02T00:00:00.000Z\) must be before to \(2026-04-01T00:00:00.000Z\)$/,
      ],
      [
        { from: '2026-01-01', to: '2026-04-02' },
        /^Invalid query: the window from 2026-01-01T00:00:00.000Z to 2026-04-02T00:00:00.000Z is 91 days long; at most 90 days are allowed/,
      ],
    ];
    for (const [query, message] of cases) {
      const res = await request(server)
        .get(ADVICE)
        .query(query)
        .set(headers(token));
      expect(errorOf(res)).toEqual({
        status: 400,
        name: 'InputError',
        message: expect.stringMatching(message),
      });
    }
    const unknown = await request(server)
      .get(ADVICE)
      .query({ since: '2026-04-01' })
      .set(headers(token));
    expect(unknown.status).toBe(400);
    expect(armRequests()).toBe(before.arm);
    expect((await ledger.query({})).items).toHaveLength(before.ledger);
  });

  it('refuses a user without azureMl.audit.read (or workspace read) with 403, before calling Azure', async () => {
    for (const denied of ['azureMl.audit.read', 'azureMl.workspace.read']) {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(r => ({
            result:
              r.permission.name === denied
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          })),
      });
      const { server } = await startBackend(permissions.factory);
      const before = armRequests();
      const res = await request(server)
        .get(ADVICE)
        .set(headers(await harness.token('dave')));
      expect(errorOf(res)).toEqual({
        status: 403,
        name: 'NotAllowedError',
        message: `Backstage permission policy denied '${denied}' (read); ask a Backstage administrator for access`,
      });
      expect(armRequests()).toBe(before);
    }
  });
});
