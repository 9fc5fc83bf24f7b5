/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userAccessToken } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';
import { ARM_AUDIENCE } from '../entra/firstPartyApis';
import { graphAppBearerToken, graphUserToken } from './testing/graphTokens';
import { graphError, graphGet } from './testing/graphFetch';

const CONTOSO = demoIds.tenant('contoso');

describe('Microsoft Graph authentication and permissions', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  const appToken = (roles: string[]) =>
    graphAppBearerToken(emulator, CONTOSO, roles);
  const userToken = async (key: string, scopes: string[]) =>
    (await graphUserToken(emulator, demoIds.user(key), scopes)).token;

  it('refuses a missing token with InvalidAuthenticationToken and a challenge', async () => {
    const answer = await graphGet(emulator, '/users', undefined, {
      'client-request-id': 'portal-42',
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(
      graphError('InvalidAuthenticationToken', 'Access token is empty.'),
    );
    expect(answer.body.error.innerError['client-request-id']).toBe('portal-42');
    expect(answer.body.error.innerError['request-id']).toBe(
      answer.headers.get('request-id'),
    );
    expect(answer.headers.get('www-authenticate')).toContain(
      'client_id="00000003-0000-0000-c000-000000000000"',
    );
  });

  it('refuses tokens for another audience or past their lifetime', async () => {
    const arm = await userAccessToken(
      emulator,
      demoIds.user('alice'),
      ARM_AUDIENCE,
    );
    expect((await graphGet(emulator, '/me', arm.token)).body).toEqual(
      graphError(
        'InvalidAuthenticationToken',
        'Access token validation failure. Invalid audience.',
      ),
    );
    const token = await userToken('alice', ['User.Read']);
    const realNow = emulator.ctx.now;
    emulator.ctx.now = () => realNow() + 2 * 3600 * 1000;
    try {
      const expired = await graphGet(emulator, '/me', token);
      expect(expired.status).toBe(401);
      expect(expired.body).toEqual(
        graphError(
          'InvalidAuthenticationToken',
          'Lifetime validation failed, the token is expired.',
        ),
      );
    } finally {
      emulator.ctx.now = realNow;
    }
  });

  it('lets app tokens through only with an app role for the resource', async () => {
    const denied = graphError(
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
    const none = await appToken([]);
    for (const path of [
      '/users',
      '/groups',
      '/applications',
      '/organization',
    ]) {
      const answer = await graphGet(emulator, path, none);
      expect([path, answer.status, answer.body]).toEqual([path, 403, denied]);
    }
    const groupsOnly = await appToken(['Group.Read.All']);
    expect((await graphGet(emulator, '/groups', groupsOnly)).status).toBe(200);
    expect((await graphGet(emulator, '/users', groupsOnly)).status).toBe(403);
    const usersOnly = await appToken(['User.Read.All']);
    expect((await graphGet(emulator, '/users', usersOnly)).status).toBe(200);
    expect(
      (
        await graphGet(
          emulator,
          `/groups/${demoIds.group('team-vision')}/members`,
          usersOnly,
        )
      ).status,
    ).toBe(403);
    expect((await graphGet(emulator, '/applications', usersOnly)).status).toBe(
      403,
    );
    const apps = await appToken(['Application.Read.All']);
    expect((await graphGet(emulator, '/applications', apps)).status).toBe(200);
  });

  it('serves /me to user tokens with User.Read, and refuses it to apps', async () => {
    const me = await graphGet(
      emulator,
      '/me',
      await userToken('bob', ['User.Read']),
    );
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      '@odata.context': `${emulator.urls.https}/v1.0/$metadata#users/$entity`,
      businessPhones: [],
      displayName: 'Bob Builder',
      givenName: 'Bob',
      jobTitle: 'Data scientist, vision',
      mail: 'bob@contoso.onmicrosoft.com',
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      surname: 'Builder',
      userPrincipalName: 'bob@contoso.onmicrosoft.com',
      id: demoIds.user('bob'),
    });
    expect(
      (await graphGet(emulator, '/me', await userToken('bob', ['openid'])))
        .status,
    ).toBe(403);
    expect(
      (
        await graphGet(
          emulator,
          '/users',
          await userToken('bob', ['User.Read']),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await graphGet(
          emulator,
          '/users',
          await userToken('bob', ['User.ReadBasic.All']),
        )
      ).status,
    ).toBe(200);
    expect(
      (await graphGet(emulator, '/me', await appToken(['User.Read.All']))).body,
    ).toEqual(
      graphError(
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      ),
    );
  });

  it('names the segment it cannot resolve and refuses writes', async () => {
    const token = await appToken(['User.Read.All']);
    expect((await graphGet(emulator, '/devices', token)).body).toEqual(
      graphError('BadRequest', "Resource not found for the segment 'devices'."),
    );
    expect(
      (await graphGet(emulator, `/users/${demoIds.user('bob')}/drive`, token))
        .body,
    ).toEqual(
      graphError('BadRequest', "Resource not found for the segment 'drive'."),
    );
    const post = await fetch(`${emulator.urls.https}/v1.0/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(post.status).toBe(405);
  });
});
