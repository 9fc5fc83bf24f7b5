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
const FABRIKAM = demoIds.tenant('fabrikam');
const DAY_MS = 24 * 3600 * 1000;

describe('Microsoft Graph applications and service principals', () => {
  let emulator: RunningEmulator;
  let token: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    token = await graphAppBearerToken(emulator, CONTOSO, [
      'Application.Read.All',
    ]);
  });
  afterAll(() => emulator.stop());

  const get = (path: string) => graphGet(emulator, path, token);
  const iso = (ms: number) => new Date(ms).toISOString();

  it('lists the app registrations homed in the tenant', async () => {
    const { status, body } = await get(
      '/applications?$select=displayName,appId',
    );
    expect(status).toBe(200);
    expect(body.value).toEqual([
      {
        displayName: 'Backstage portal',
        appId: demoIds.app('backstage-portal').appId,
      },
      { displayName: 'legacy-ml-ci', appId: demoIds.app('legacy-ml-ci').appId },
      {
        displayName: 'unconsented-tool',
        appId: demoIds.app('unconsented-tool').appId,
      },
    ]);
  });

  it("finds an app by appId and shows its secrets' metadata, never the secret", async () => {
    const ci = demoIds.app('legacy-ml-ci');
    const { body } = await get(
      `/applications?$filter=appId eq '${ci.appId}'&$select=id,displayName,passwordCredentials`,
    );
    const epoch = emulator.ctx.state.epochMs;
    const credential = (
      keyId: string,
      displayName: string,
      hint: string,
      validDays: number,
    ) => ({
      customKeyIdentifier: null,
      displayName,
      endDateTime: iso(epoch + validDays * DAY_MS),
      hint,
      keyId,
      startDateTime: iso(epoch - 30 * DAY_MS),
    });
    expect(body.value).toEqual([
      {
        id: ci.objectId,
        displayName: 'legacy-ml-ci',
        passwordCredentials: [
          credential(
            '44444444-3333-4000-8000-000000000002',
            'ci (expired)',
            'emu',
            -10,
          ),
          credential(
            '44444444-3333-4000-8000-000000000003',
            'ci (rotating soon)',
            'emu',
            20,
          ),
        ],
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('secretText');
    expect(JSON.stringify(body)).not.toContain('emulator-ci-secret');
  });

  it('gets an app by object id and by the appId alternate key', async () => {
    const portal = demoIds.app('backstage-portal');
    const byId = await get(`/applications/${portal.objectId}`);
    expect(byId.body['@odata.context']).toBe(
      `${emulator.urls.https}/v1.0/$metadata#applications/$entity`,
    );
    expect(byId.body).toMatchObject({
      id: portal.objectId,
      appId: portal.appId,
      signInAudience: 'AzureADMultipleOrgs',
      identifierUris: [`api://${portal.appId}`],
      publisherDomain: 'contoso.onmicrosoft.com',
      web: {
        redirectUris: [
          'http://localhost:7007/api/auth/microsoft/handler/frame',
        ],
      },
      api: {
        requestedAccessTokenVersion: 2,
        oauth2PermissionScopes: [
          expect.objectContaining({
            value: 'access_as_user',
            type: 'User',
            isEnabled: true,
          }),
        ],
      },
    });
    expect(byId.body.requiredResourceAccess[0]).toEqual({
      resourceAppId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
      resourceAccess: [
        { id: expect.stringMatching(/^[0-9a-f-]{36}$/), type: 'Scope' },
      ],
    });
    const byAppId = await get(
      `/applications(appId='${portal.appId}')?$select=id`,
    );
    expect(byAppId.body).toEqual({
      '@odata.context': `${emulator.urls.https}/v1.0/$metadata#applications(id)/$entity`,
      id: portal.objectId,
    });
    const missing = await get(
      '/applications/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('Request_ResourceNotFound');
  });

  it("lists service principals: Microsoft's APIs, the tenant's apps and managed identities", async () => {
    const { body } = await get(
      '/servicePrincipals?$select=id,appId,displayName,servicePrincipalType',
    );
    expect(
      body.value.map((sp: any) => [sp.displayName, sp.servicePrincipalType]),
    ).toEqual([
      ['Windows Azure Service Management API', 'Application'],
      ['Microsoft Graph', 'Application'],
      ['Azure Machine Learning Services', 'Application'],
      ['Backstage portal', 'Application'],
      ['legacy-ml-ci', 'Application'],
      ['unconsented-tool', 'Application'],
      ['backstage-portal-mi', 'ManagedIdentity'],
      ['vision-ci-mi', 'ManagedIdentity'],
    ]);
    const portal = demoIds.app('backstage-portal');
    const filtered = await get(
      `/servicePrincipals?$filter=appId eq '${portal.appId}'&$select=id,appOwnerOrganizationId`,
    );
    expect(filtered.body.value).toEqual([
      { id: portal.servicePrincipalId, appOwnerOrganizationId: CONTOSO },
    ]);
  });

  it("shows a multi-tenant app's service principal in the other tenant, not its registration", async () => {
    const fabrikam = await graphAppBearerToken(emulator, FABRIKAM, [
      'Application.Read.All',
    ]);
    const apps = await graphGet(emulator, '/applications', fabrikam);
    expect(apps.body.value).toEqual([]);
    const portal = demoIds.app('backstage-portal');
    const sp = await graphGet(
      emulator,
      `/servicePrincipals(appId='${portal.appId}')?$select=id,appOwnerOrganizationId`,
      fabrikam,
    );
    expect(sp.body).toMatchObject({
      id: '44444444-2222-4000-8000-000000000011',
      appOwnerOrganizationId: CONTOSO,
    });
  });

  it('refuses callers without Application.Read.All', async () => {
    const groupsOnly = await graphAppBearerToken(emulator, CONTOSO, [
      'GroupMember.Read.All',
    ]);
    for (const path of ['/applications', '/servicePrincipals']) {
      expect((await graphGet(emulator, path, groupsOnly)).body).toEqual(
        graphError(
          'Authorization_RequestDenied',
          'Insufficient privileges to complete the operation.',
        ),
      );
    }
  });
});
