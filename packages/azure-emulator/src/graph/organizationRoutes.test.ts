/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { demoIds } from '../testing/demoIds';
import { graphAppToken, graphUserToken } from './testing/graphTokens';
import { graphError, graphGet } from './testing/graphFetch';

const CONTOSO = demoIds.tenant('contoso');
const FABRIKAM = demoIds.tenant('fabrikam');

describe('Microsoft Graph organization', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it("answers the token's tenant, by id and as a collection", async () => {
    const { token } = await graphAppToken(emulator, {
      tenantId: CONTOSO,
      roles: ['User.Read.All'],
    });
    const one = await graphGet(emulator, `/organization/${CONTOSO}`, token);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({
      '@odata.context': `${emulator.urls.https}/v1.0/$metadata#organization/$entity`,
      id: CONTOSO,
      deletedDateTime: null,
      businessPhones: [],
      city: null,
      country: null,
      countryLetterCode: 'NL',
      createdDateTime: expect.stringMatching(/Z$/),
      displayName: 'Contoso ML',
      onPremisesSyncEnabled: null,
      postalCode: null,
      preferredLanguage: 'en',
      state: null,
      street: null,
      technicalNotificationMails: [],
      tenantType: 'AAD',
      assignedPlans: [],
      verifiedDomains: [
        {
          capabilities: 'Email, OfficeCommunicationsOnline',
          isDefault: true,
          isInitial: true,
          name: 'contoso.onmicrosoft.com',
          type: 'Managed',
        },
      ],
    });
    const list = await graphGet(
      emulator,
      '/organization?$select=id,displayName',
      token,
    );
    expect(list.body).toEqual({
      '@odata.context': `${emulator.urls.https}/v1.0/$metadata#organization(id,displayName)`,
      value: [{ id: CONTOSO, displayName: 'Contoso ML' }],
    });
    const other = await graphGet(emulator, `/organization/${FABRIKAM}`, token);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('opens to signed-in users with User.Read', async () => {
    const { token } = await graphUserToken(emulator, demoIds.user('grace'), [
      'User.Read',
    ]);
    const { body } = await graphGet(
      emulator,
      '/organization?$select=displayName',
      token,
    );
    expect(body.value).toEqual([{ displayName: 'Fabrikam Research' }]);
    const { token: noScope } = await graphUserToken(
      emulator,
      demoIds.user('grace'),
      ['openid'],
    );
    expect((await graphGet(emulator, '/organization', noScope)).body).toEqual(
      graphError(
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      ),
    );
  });
});
