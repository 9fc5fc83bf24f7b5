/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { demoIds } from '../testing/demoIds';
import { graphAppBearerToken, graphUserToken } from './testing/graphTokens';
import { graphError, graphGet } from './testing/graphFetch';

const CONTOSO = demoIds.tenant('contoso');
const FABRIKAM = demoIds.tenant('fabrikam');
const EVENTUAL = { ConsistencyLevel: 'eventual' };

describe('Microsoft Graph users', () => {
  let emulator: RunningEmulator;
  let token: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    token = await graphAppBearerToken(emulator, CONTOSO, [
      'User.Read.All',
      'GroupMember.Read.All',
    ]);
  });
  afterAll(() => emulator.stop());

  const get = (path: string, headers?: Record<string, string>) =>
    graphGet(emulator, path, token, headers);
  const names = (body: any) => body.value.map((u: any) => u.displayName);
  const context = (fragment: string) =>
    `${emulator.urls.https}/v1.0/$metadata#${fragment}`;

  it('lists the tenant users with Graph default properties', async () => {
    const { status, body } = await get('/users');
    expect(status).toBe(200);
    expect(body['@odata.context']).toBe(context('users'));
    expect(names(body)).toEqual([
      'Alice Admin',
      'Bob Builder',
      'Carol Chen',
      'Dave Reader',
      'Erin Newcomer',
      'Frank Ops',
    ]);
    expect(body.value[0]).toEqual({
      businessPhones: [],
      displayName: 'Alice Admin',
      givenName: 'Alice',
      jobTitle: 'Platform engineer',
      mail: 'alice@contoso.onmicrosoft.com',
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      surname: 'Admin',
      userPrincipalName: 'alice@contoso.onmicrosoft.com',
      id: demoIds.user('alice'),
    });
    expect(body['@odata.nextLink']).toBeUndefined();
  });

  it('pages with $top and an absolute @odata.nextLink that keeps the query', async () => {
    const first = await get(
      '/users?$top=4&$select=id,displayName&$filter=accountEnabled eq true',
    );
    expect(first.body['@odata.context']).toBe(context('users(id,displayName)'));
    expect(first.body.value).toHaveLength(4);
    const next = new URL(first.body['@odata.nextLink']);
    expect(next.origin).toBe(emulator.urls.https);
    expect(next.pathname).toBe('/v1.0/users');
    expect(next.searchParams.get('$top')).toBe('4');
    expect(next.searchParams.get('$filter')).toBe('accountEnabled eq true');
    const second = await get(first.body['@odata.nextLink']);
    expect(second.body).toEqual({
      '@odata.context': context('users(id,displayName)'),
      value: [
        { id: demoIds.user('erin'), displayName: 'Erin Newcomer' },
        { id: demoIds.user('frank'), displayName: 'Frank Ops' },
      ],
    });
  });

  it('filters with eq, startswith, in, and, or', async () => {
    expect(
      names((await get("/users?$filter=givenName eq 'carol'")).body),
    ).toEqual(['Carol Chen']);
    expect(
      names(
        (
          await get(
            "/users?$filter=startswith(displayName,'D') or userPrincipalName eq 'erin@contoso.onmicrosoft.com'",
          )
        ).body,
      ),
    ).toEqual(['Dave Reader', 'Erin Newcomer']);
    expect(
      names(
        (
          await get(
            `/users?$filter=id in ('${demoIds.user('bob')}','${demoIds.user(
              'frank',
            )}') and accountEnabled eq true`,
          )
        ).body,
      ),
    ).toEqual(['Bob Builder', 'Frank Ops']);
    expect(
      names((await get("/users?$filter=userType eq 'Guest'")).body),
    ).toEqual([]);
  });

  it('counts and searches only as advanced queries', async () => {
    expect((await get('/users?$count=true')).body).toEqual(
      graphError(
        'Request_UnsupportedQuery',
        "$count=true needs the 'ConsistencyLevel: eventual' header. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
      ),
    );
    expect((await get('/users?$search="displayName:bob"')).body).toEqual(
      graphError(
        'Request_UnsupportedQuery',
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      ),
    );
    expect((await get("/users?$filter=jobTitle ne 'Analyst'")).body).toEqual(
      graphError(
        'Request_UnsupportedQuery',
        "Operator 'ne' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
      ),
    );
    const advanced = await get(
      "/users?$count=true&$filter=endswith(jobTitle,'vision') or jobTitle ne 'Analyst'&$top=2&$select=displayName",
      EVENTUAL,
    );
    expect(advanced.body['@odata.count']).toBe(5);
    expect(advanced.body.value).toEqual([
      { displayName: 'Alice Admin' },
      { displayName: 'Bob Builder' },
    ]);
    const searched = await get(
      '/users?$search="displayName:ch" OR "mail:frank"&$count=true',
      EVENTUAL,
    );
    expect(searched.body['@odata.count']).toBe(2);
    expect(names(searched.body)).toEqual(['Carol Chen', 'Frank Ops']);
  });

  it('refuses query options it cannot evaluate with BadRequest', async () => {
    const refused = async (query: string) =>
      (await get(`/users?${query}`)).body;
    expect(await refused("$filter=colour eq 'red'")).toEqual(
      graphError(
        'BadRequest',
        "Could not find a property named 'colour' on type 'microsoft.graph.user'.",
      ),
    );
    expect(await refused("$filter=contains(displayName,'a')")).toEqual(
      graphError(
        'BadRequest',
        "Invalid filter clause: An unknown function with name 'contains' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.",
      ),
    );
    expect(await refused('$filter=displayName eq')).toEqual(
      graphError(
        'BadRequest',
        "Invalid filter clause: Syntax error at position 14 in 'displayName eq'.",
      ),
    );
    expect(await refused("$filter=accountEnabled eq 'yes'")).toEqual(
      graphError(
        'BadRequest',
        "A binary operator with incompatible types was detected. Found operand types 'Edm.Boolean' and 'Edm.String' for operator kind 'Equal'.",
      ),
    );
    expect(await refused("$filter=proxyAddresses eq 'x'")).toEqual(
      graphError(
        'BadRequest',
        "Unsupported or invalid query filter clause specified for property 'proxyAddresses' of resource 'User'.",
      ),
    );
    expect(await refused('$select=id,shoeSize')).toEqual(
      graphError(
        'BadRequest',
        "Parsing OData Select and Expand failed: Could not find a property named 'shoeSize' on type 'microsoft.graph.user'.",
      ),
    );
    expect(await refused('$top=1000')).toEqual(
      graphError(
        'BadRequest',
        "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.",
      ),
    );
    expect(await refused('$skip=2')).toEqual(
      graphError('BadRequest', "The query parameter '$skip' is not supported."),
    );
    expect(await refused('$skiptoken=forged')).toEqual(
      graphError(
        'Directory_ExpiredPageToken',
        'The specified page token value has expired and can no longer be included in your request.',
      ),
    );
  });

  it('gets a user by id or user principal name, with $select and $expand', async () => {
    const byUpn = await get(
      '/users/FRANK@contoso.onmicrosoft.com?$select=id,accountEnabled,userType&$expand=memberOf',
    );
    expect(byUpn.body).toEqual({
      '@odata.context': context('users(id,accountEnabled,userType)/$entity'),
      id: demoIds.user('frank'),
      accountEnabled: true,
      userType: 'Member',
      memberOf: [
        expect.objectContaining({
          '@odata.type': '#microsoft.graph.group',
          id: demoIds.group('team-vision'),
          displayName: 'team-vision',
        }),
      ],
    });
    const byId = await get(
      `/users/${demoIds.user('dave')}?$select=displayName`,
    );
    expect(byId.body.displayName).toBe('Dave Reader');
  });

  it('lists a user memberships as directory objects', async () => {
    const { body } = await get(
      `/users/${demoIds.user('bob')}/memberOf?$select=id,displayName`,
    );
    expect(body).toEqual({
      '@odata.context': context('directoryObjects(id,displayName)'),
      value: [
        {
          '@odata.type': '#microsoft.graph.group',
          id: demoIds.group('team-vision'),
          displayName: 'team-vision',
        },
      ],
    });
  });

  it('answers unknown users, and users of other tenants, with Request_ResourceNotFound', async () => {
    for (const id of [
      '00000000-0000-4000-8000-000000000000',
      demoIds.user('grace'),
    ]) {
      const answer = await get(`/users/${id}`);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(
        graphError(
          'Request_ResourceNotFound',
          `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
        ),
      );
    }
  });

  it('reads each tenant from its own token: guests live in the tenant that invited them', async () => {
    const fabrikam = await graphAppBearerToken(emulator, FABRIKAM, [
      'User.Read.All',
    ]);
    const { body } = await graphGet(
      emulator,
      '/users?$select=displayName,userType,userPrincipalName,externalUserState',
      fabrikam,
    );
    expect(body.value).toEqual([
      {
        displayName: 'Grace Hopper-Lee',
        userType: 'Member',
        userPrincipalName: 'grace@fabrikam.onmicrosoft.com',
        externalUserState: null,
      },
      {
        displayName: 'Bob Builder',
        userType: 'Guest',
        userPrincipalName:
          'bob_contoso.onmicrosoft.com#EXT#@fabrikam.onmicrosoft.com',
        externalUserState: 'Accepted',
      },
    ]);
    const guest = await graphGet(
      emulator,
      `/users/${encodeURIComponent(
        'bob_contoso.onmicrosoft.com#EXT#@fabrikam.onmicrosoft.com',
      )}?$select=id`,
      fabrikam,
    );
    expect(guest.body.id).toBe(demoIds.user('bob-guest'));
  });

  it('has no photos: ImageNotFound, which the msgraph module reads as "no picture"', async () => {
    for (const path of [
      'photo',
      'photo/$value',
      'photos',
      'photos/120x120/$value',
    ]) {
      const answer = await get(`/users/${demoIds.user('alice')}/${path}`);
      expect([path, answer.status, answer.body]).toEqual([
        path,
        404,
        graphError(
          'ImageNotFound',
          "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.",
        ),
      ]);
    }
    const me = await graphGet(
      emulator,
      '/me/photo/$value',
      (
        await graphUserToken(emulator, demoIds.user('alice'), ['User.Read'])
      ).token,
    );
    expect(me.status).toBe(404);
    expect(
      (await get('/users/nobody@contoso.onmicrosoft.com/photo')).body.error
        .code,
    ).toBe('Request_ResourceNotFound');
  });
});
