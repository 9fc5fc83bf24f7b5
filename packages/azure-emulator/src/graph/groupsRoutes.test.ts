/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { demoIds } from '../testing/demoIds';
import { graphAppBearerToken } from './testing/graphTokens';
import { graphError, graphGet } from './testing/graphFetch';

const CONTOSO = demoIds.tenant('contoso');
/** A group the test nests team-vision and carol into. */
const ML_ALL = '33333333-0000-4000-8000-0000000000a1';

describe('Microsoft Graph groups and members', () => {
  let emulator: RunningEmulator;
  let token: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    emulator.ctx.state.groups.set(ML_ALL, {
      objectId: ML_ALL,
      tenantId: CONTOSO,
      displayName: 'ml-all',
      mailNickname: 'ml-all',
      description: 'Everyone in ML',
      members: [demoIds.group('team-vision'), demoIds.user('carol')],
    });
    token = await graphAppBearerToken(emulator, CONTOSO, [
      'GroupMember.Read.All',
    ]);
  });
  afterAll(() => emulator.stop());

  const get = (path: string) => graphGet(emulator, path, token);
  const context = (fragment: string) =>
    `${emulator.urls.https}/v1.0/$metadata#${fragment}`;

  it('lists the tenant groups as security groups', async () => {
    const { status, body } = await get('/groups');
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(context('groups'));
    expect(body.value.map((g: any) => g.displayName)).toEqual([
      'platform-team',
      'team-vision',
      'team-nlp',
      'ml-readers',
      'ml-all',
    ]);
    const created = body.value[1].createdDateTime;
    expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.value[1]).toEqual({
      id: demoIds.group('team-vision'),
      deletedDateTime: null,
      classification: null,
      createdDateTime: created,
      creationOptions: [],
      description: 'Computer vision models',
      displayName: 'team-vision',
      expirationDateTime: null,
      groupTypes: [],
      isAssignableToRole: null,
      mail: null,
      mailEnabled: false,
      mailNickname: 'team-vision',
      membershipRule: null,
      membershipRuleProcessingState: null,
      onPremisesSyncEnabled: null,
      preferredDataLocation: null,
      preferredLanguage: null,
      proxyAddresses: [],
      renewedDateTime: created,
      resourceBehaviorOptions: [],
      resourceProvisioningOptions: [],
      securityEnabled: true,
      theme: null,
      visibility: null,
    });
  });

  it('lists members as typed directory objects', async () => {
    const { body } = await get(
      `/groups/${ML_ALL}/members?$select=id,displayName`,
    );
    expect(body).toEqual({
      '@odata.context': context('directoryObjects(id,displayName)'),
      value: [
        {
          '@odata.type': '#microsoft.graph.group',
          id: demoIds.group('team-vision'),
          displayName: 'team-vision',
        },
        {
          '@odata.type': '#microsoft.graph.user',
          id: demoIds.user('carol'),
          displayName: 'Carol Chen',
        },
      ],
    });
  });

  it('casts members to users, and resolves nesting with transitiveMembers', async () => {
    const users = await get(
      `/groups/${ML_ALL}/members/microsoft.graph.user/?$select=displayName`,
    );
    expect(users.body).toEqual({
      '@odata.context': context('users(displayName)'),
      value: [{ displayName: 'Carol Chen' }],
    });
    const everyone = await get(
      `/groups/${ML_ALL}/transitiveMembers/microsoft.graph.user?$select=displayName`,
    );
    expect(everyone.body.value).toEqual([
      { displayName: 'Bob Builder' },
      { displayName: 'Frank Ops' },
      { displayName: 'Carol Chen' },
    ]);
    expect(
      (await get(`/groups/${ML_ALL}/members/microsoft.graph.device`)).body,
    ).toEqual(
      graphError(
        'BadRequest',
        "Resource not found for the segment 'microsoft.graph.device'.",
      ),
    );
  });

  it('pages and filters members', async () => {
    const first = await get(
      `/groups/${demoIds.group(
        'team-vision',
      )}/members?$top=1&$select=displayName`,
    );
    expect(first.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.user', displayName: 'Bob Builder' },
    ]);
    const second = await get(first.body['@odata.nextLink']);
    expect(second.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.user', displayName: 'Frank Ops' },
    ]);
    expect(second.body['@odata.nextLink']).toBeUndefined();
    const filtered = await get(
      `/groups/${demoIds.group(
        'team-vision',
      )}/members?$filter=startswith(givenName,'fr')&$select=id`,
    );
    expect(filtered.body.value).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: demoIds.user('frank') },
    ]);
  });

  it('gets one group, expanding its members', async () => {
    const { body } = await get(
      `/groups/${demoIds.group(
        'team-nlp',
      )}?$select=id,displayName&$expand=members`,
    );
    expect(body).toEqual({
      '@odata.context': context('groups(id,displayName)/$entity'),
      id: demoIds.group('team-nlp'),
      displayName: 'team-nlp',
      members: [
        expect.objectContaining({
          '@odata.type': '#microsoft.graph.user',
          id: demoIds.user('carol'),
          userPrincipalName: 'carol@contoso.onmicrosoft.com',
        }),
      ],
    });
  });

  it('answers unknown groups, and groups of other tenants, with Request_ResourceNotFound', async () => {
    const fabrikamGroup = demoIds.group('fabrikam-research');
    for (const path of [
      `/groups/${fabrikamGroup}`,
      `/groups/${fabrikamGroup}/members`,
    ]) {
      const answer = await get(path);
      expect([path, answer.status, answer.body]).toEqual([
        path,
        404,
        graphError(
          'Request_ResourceNotFound',
          `Resource '${fabrikamGroup}' does not exist or one of its queried reference-property objects are not present.`,
        ),
      ]);
    }
  });
});
