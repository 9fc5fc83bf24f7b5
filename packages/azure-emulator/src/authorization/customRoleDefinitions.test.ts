/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { readFileSync } from 'node:fs';
import {
  AuthorizationManagementClient,
  type RoleDefinition,
} from '@azure/arm-authorization';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userAccessToken, userCredential } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';
import { packagePath } from '../packageRoot';
import { shapeDifferences } from '../arm/ml/expectSameShape';

const ML = 'Microsoft.MachineLearningServices/workspaces';
const CANCEL = `${ML}/jobs/cancel/action`;
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const ROLE_ID = '0b1f6471-1bf0-4dda-aec3-0000000000a1';
const OTHER_ID = '0b1f6471-1bf0-4dda-aec3-0000000000a2';
const ACTIVE = ['Running', 'Queued', 'Preparing', 'Starting', 'NotStarted'];

describe('custom role definitions', () => {
  let emulator: RunningEmulator;
  const vision = demoIds.workspace('vision');
  const nlp = demoIds.workspace('nlp');
  const subscription = `/subscriptions/${vision.subscriptionId}`;
  const visionGroup = `${subscription}/resourceGroups/${vision.resourceGroup}`;
  const definitionId = (scope: string, name: string) =>
    `${scope}/providers/Microsoft.Authorization/roleDefinitions/${name}`;
  const client = (user: string) =>
    new AuthorizationManagementClient(
      userCredential(emulator, demoIds.user(user)),
      vision.subscriptionId,
      { endpoint: emulator.urls.https },
    );
  const state = () => emulator.ctx.state;

  /** A custom role for the workspace that may cancel jobs. */
  const jobCanceller = (
    overrides: Partial<RoleDefinition> = {},
  ): RoleDefinition => ({
    roleName: 'Vision job canceller',
    description: 'Cancels jobs in mlw-vision',
    roleType: 'CustomRole',
    permissions: [
      {
        actions: [CANCEL],
        notActions: [],
        dataActions: [],
        notDataActions: [],
      },
    ],
    assignableScopes: [vision.id],
    ...overrides,
  });

  /** A raw ARM call as a demo user, for statuses and bodies the SDK hides. */
  async function raw(user: string, method: string, path: string, body?: any) {
    const { token } = await userAccessToken(emulator, demoIds.user(user));
    const response = await fetch(
      `${emulator.urls.https}${path}?api-version=2022-04-01`,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
    );
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  /** The jobs of a workspace that can still be cancelled, as `user` lists them. */
  async function activeJobs(
    user: string,
    workspace: { subscriptionId: string; resourceGroup: string; name: string },
  ) {
    const ml = new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user(user)),
      workspace.subscriptionId,
      { endpoint: emulator.urls.https },
    );
    const jobs = [];
    for await (const job of ml.jobs.list(
      workspace.resourceGroup,
      workspace.name,
    ))
      if (ACTIVE.includes(String(job.properties.status))) jobs.push(job);
    if (jobs.length === 0)
      throw new Error(`no active job in ${workspace.name}`);
    return jobs;
  }

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it("creates a custom role at a workspace in Azure's shape, updates it (201 both, as Azure) and deletes it", async () => {
    const created = await raw(
      'alice',
      'PUT',
      definitionId(vision.id, ROLE_ID),
      {
        properties: {
          roleName: 'Vision job canceller',
          description: 'Cancels jobs in mlw-vision',
          type: 'CustomRole',
          permissions: [{ actions: [CANCEL], notActions: [] }],
          assignableScopes: [vision.id],
        },
      },
    );
    expect(created.status).toBe(201);
    const fixture = JSON.parse(
      readFileSync(
        packagePath(
          'fixtures',
          'authorization-examples',
          'PutRoleDefinition.json',
        ),
        'utf8',
      ),
    ).responses['201'].body;
    const audit =
      'in the 2022-04-01 RoleDefinition schema, absent from the example';
    expect(
      shapeDifferences(created.body, fixture, '$', {
        '$.properties.createdOn': audit,
        '$.properties.updatedOn': audit,
        '$.properties.createdBy': audit,
        '$.properties.updatedBy': audit,
      }),
    ).toEqual([]);
    expect(created.body).toMatchObject({
      id: definitionId(vision.id, ROLE_ID),
      name: ROLE_ID,
      type: 'Microsoft.Authorization/roleDefinitions',
      properties: {
        roleName: 'Vision job canceller',
        type: 'CustomRole',
        assignableScopes: [vision.id],
        permissions: [
          {
            actions: [CANCEL],
            notActions: [],
            dataActions: [],
            notDataActions: [],
          },
        ],
        createdBy: demoIds.user('alice'),
        updatedBy: demoIds.user('alice'),
      },
    });

    const updated = await client('alice').roleDefinitions.createOrUpdate(
      vision.id,
      ROLE_ID,
      jobCanceller({ roleName: 'Vision job operator' }),
    );
    expect(updated).toMatchObject({
      name: ROLE_ID,
      roleName: 'Vision job operator',
      roleType: 'CustomRole',
    });
    const again = await raw('alice', 'PUT', definitionId(vision.id, ROLE_ID), {
      properties: created.body.properties,
    });
    expect(again.status).toBe(201);
    expect(state().roleDefinitions.get(ROLE_ID)).toMatchObject({
      roleName: 'Vision job canceller',
      createdOn: created.body.properties.createdOn,
    });

    // Listed where it may be assigned, and not where it may not.
    const listAt = async (scope: string) => {
      const names: string[] = [];
      for await (const role of client('dave').roleDefinitions.list(scope, {
        filter: "type eq 'CustomRole'",
      }))
        names.push(role.name!);
      return names;
    };
    expect(await listAt(vision.id)).toEqual([ROLE_ID]);
    expect(await listAt(nlp.id)).toEqual([]);
    expect(
      await client('dave').roleDefinitions.get(vision.id, ROLE_ID),
    ).toMatchObject({ roleName: 'Vision job canceller' });

    const deleted = await client('alice').roleDefinitions.delete(
      vision.id,
      ROLE_ID,
    );
    expect(deleted.name).toBe(ROLE_ID);
    expect(state().roleDefinitions.has(ROLE_ID)).toBe(false);
    expect(
      (await raw('alice', 'DELETE', definitionId(vision.id, ROLE_ID))).status,
    ).toBe(204);
  });

  it('grants its actions only where it is assigned, within its assignable scopes', async () => {
    const alice = client('alice');
    await alice.roleDefinitions.createOrUpdate(
      vision.id,
      ROLE_ID,
      jobCanceller(),
    );
    const roleDefinitionId = definitionId(subscription, ROLE_ID);
    const erin = demoIds.user('erin');
    const before = state().roleAssignments.length;
    // Not assignable above the workspace: Azure refuses, nothing is added.
    await expect(
      alice.roleAssignments.create(
        visionGroup,
        '7a1b2c3d-0000-4000-8000-0000000000b1',
        { roleDefinitionId, principalId: erin, principalType: 'User' },
      ),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'RoleDefinitionNotAssignableAtScope',
      message: `The role definition '${ROLE_ID}' (Vision job canceller) cannot be assigned at scope '${visionGroup}': it is assignable only at or below '${vision.id}'.`,
    });
    expect(state().roleAssignments).toHaveLength(before);

    await alice.roleAssignments.create(
      vision.id,
      '7a1b2c3d-0000-4000-8000-0000000000b2',
      { roleDefinitionId, principalId: erin, principalType: 'User' },
    );
    // The permissions API reports the role, as Azure's does.
    const sets = [];
    for await (const set of client('erin').permissions.listForResource(
      vision.resourceGroup,
      'Microsoft.MachineLearningServices',
      '',
      'workspaces',
      vision.name,
    ))
      sets.push(set);
    expect(sets).toEqual([
      {
        actions: [CANCEL],
        notActions: [],
        dataActions: [],
        notDataActions: [],
      },
    ]);

    // And RBAC lets erin cancel a job there, and nowhere else.
    const ml = new AzureMachineLearningWorkspaces(
      userCredential(emulator, erin),
      vision.subscriptionId,
      { endpoint: emulator.urls.https },
    );
    const [job] = await activeJobs('bob', vision);
    const cancelled: number[] = [];
    const polled = await ml.jobs
      .beginCancel(vision.resourceGroup, vision.name, job.name!, {
        onResponse: r => {
          cancelled.push(r.status);
        },
        updateIntervalInMs: 20,
      })
      .then(
        () => 'done',
        (error: { statusCode?: number }) => error.statusCode,
      );
    // The POST is accepted; polling the operation then reads the job, which
    // the role does not grant.
    expect(polled).toBe(403);
    expect(cancelled[0]).toBe(202);
    const [nlpJob] = await activeJobs('carol', nlp);
    await expect(
      ml.jobs.beginCancel(nlp.resourceGroup, nlp.name, nlpJob.name!),
    ).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });

    // In use, it cannot be deleted.
    await expect(
      alice.roleDefinitions.delete(vision.id, ROLE_ID),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'RoleDefinitionHasAssignments',
    });
    expect(state().roleDefinitions.has(ROLE_ID)).toBe(true);
  });

  it("refuses malformed roles with Azure's errors and stores nothing", async () => {
    await client('alice').roleDefinitions.createOrUpdate(
      vision.id,
      OTHER_ID,
      jobCanceller({ roleName: 'Taken name' }),
    );
    const count = state().roleDefinitions.size;
    const properties = {
      roleName: 'Vision job canceller',
      permissions: [{ actions: [CANCEL] }],
      assignableScopes: [vision.id],
    };
    const put = (
      name: string,
      changes: Record<string, unknown>,
      at = vision.id,
    ) =>
      raw('alice', 'PUT', definitionId(at, name), {
        properties: { ...properties, ...changes },
      });
    const refusals = [
      await put('not-a-guid', {}),
      await put(ROLE_ID, { roleName: '' }),
      await put(ROLE_ID, { roleName: 'Reader' }),
      await put(ROLE_ID, { roleName: 'taken NAME' }),
      await put(ROLE_ID, { permissions: [{ actions: ['read everything'] }] }),
      await put(ROLE_ID, {
        permissions: [{ actions: [`${ML}/jobs/explode/action`] }],
      }),
      await put(ROLE_ID, {
        permissions: [{ actions: [CANCEL], notActions: [`${ML}/nothing/*`] }],
      }),
      await put(ROLE_ID, { assignableScopes: [] }),
      await put(ROLE_ID, { assignableScopes: [nlp.id] }),
      await put(ROLE_ID, { assignableScopes: ['/'] }),
      await put(ROLE_ID, {
        assignableScopes: [`${vision.id}/jobs/no-such-job`],
      }),
    ];
    expect(refusals.map(r => [r.status, r.body.error?.code])).toEqual([
      [400, 'InvalidRoleDefinitionId'],
      [400, 'InvalidRequestContent'],
      [409, 'RoleDefinitionWithSameNameExists'],
      [409, 'RoleDefinitionWithSameNameExists'],
      [400, 'InvalidActionOrNotAction'],
      [400, 'InvalidActionOrNotAction'],
      [400, 'InvalidActionOrNotAction'],
      [400, 'InvalidAssignableScopes'],
      [400, 'InvalidAssignableScopes'],
      [400, 'InvalidAssignableScopes'],
      [400, 'InvalidAssignableScopes'],
    ]);
    expect(refusals.map(r => r.body.error.message)).toEqual([
      "The role definition ID 'not-a-guid' is not valid. The role definition ID must be a GUID.",
      "The request content must have 'properties.roleName', the role's name.",
      'A role definition cannot be updated with a name that already exists.',
      'A role definition cannot be updated with a name that already exists.',
      "'read everything' does not match any of the actions supported by the providers.",
      `'${ML}/jobs/explode/action' does not match any of the actions supported by the providers.`,
      `'${ML}/nothing/*' does not match any of the actions supported by the providers.`,
      "The role definition must have at least one assignable scope in 'properties.assignableScopes'.",
      `The assignable scope '${nlp.id}' is not at or below the scope '${vision.id}' the role definition is written at.`,
      `The assignable scope '/' is not at or below the scope '${vision.id}' the role definition is written at.`,
      `The assignable scope '${vision.id}/jobs/no-such-job' does not exist.`,
    ]);
    // A built-in role is not to be overwritten.
    const builtIn = await put(READER, { roleName: 'My reader' }, subscription);
    expect([builtIn.status, builtIn.body.error.code]).toEqual([
      400,
      'RoleDefinitionUpdateNotPermitted',
    ]);
    expect(state().roleDefinitions.size).toBe(count);
    expect(state().roleDefinitions.get(READER)?.roleName).toBe('Reader');
  });

  it('needs roleDefinitions/write and /delete at the scope, and records the writes in the activity log', async () => {
    await expect(
      client('bob').roleDefinitions.createOrUpdate(
        vision.id,
        ROLE_ID,
        jobCanceller(),
      ),
    ).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(
        `does not have authorization to perform action 'Microsoft.Authorization/roleDefinitions/write' over scope '${definitionId(
          vision.id,
          ROLE_ID,
        )}'`,
      ),
    });
    expect(state().roleDefinitions.has(ROLE_ID)).toBe(false);

    await client('alice').roleDefinitions.createOrUpdate(
      vision.id,
      ROLE_ID,
      jobCanceller(),
    );
    await expect(
      client('bob').roleDefinitions.delete(vision.id, ROLE_ID),
    ).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
    expect(state().roleDefinitions.has(ROLE_ID)).toBe(true);

    const recorded = state()
      .activityLog.filter(e =>
        e.operationName.value.startsWith(
          'Microsoft.Authorization/roleDefinitions',
        ),
      )
      .map(e => [e.operationName.value, e.status.value, e.caller]);
    expect(recorded).toEqual([
      [
        'Microsoft.Authorization/roleDefinitions/write',
        'Started',
        expect.any(String),
      ],
      [
        'Microsoft.Authorization/roleDefinitions/write',
        'Failed',
        expect.any(String),
      ],
      [
        'Microsoft.Authorization/roleDefinitions/write',
        'Started',
        expect.any(String),
      ],
      [
        'Microsoft.Authorization/roleDefinitions/write',
        'Succeeded',
        expect.any(String),
      ],
      [
        'Microsoft.Authorization/roleDefinitions/delete',
        'Started',
        expect.any(String),
      ],
      [
        'Microsoft.Authorization/roleDefinitions/delete',
        'Failed',
        expect.any(String),
      ],
    ]);
  });

  it('keeps a custom role to its own directory', async () => {
    await client('alice').roleDefinitions.createOrUpdate(
      vision.id,
      ROLE_ID,
      jobCanceller(),
    );
    const research = demoIds.workspace('research');
    const fabrikam = new AuthorizationManagementClient(
      userCredential(emulator, demoIds.user('grace')),
      research.subscriptionId,
      { endpoint: emulator.urls.https },
    );
    await expect(
      fabrikam.roleDefinitions.get(research.id, ROLE_ID),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'RoleDefinitionDoesNotExist',
    });
    // The same name is free there.
    await expect(
      fabrikam.roleDefinitions.createOrUpdate(research.id, OTHER_ID, {
        ...jobCanceller(),
        assignableScopes: [research.id],
      }),
    ).resolves.toMatchObject({ roleName: 'Vision job canceller' });
  });
});
