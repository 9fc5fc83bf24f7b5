/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ManagedIdentityCredential } from '@azure/identity';
import { decodeJwt } from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { MANAGED_IDENTITY_PATH } from './entraUrls';
import { MANAGED_IDENTITY_HEADER } from './managedIdentityEndpoint';
import {
  CONTOSO,
  PORTAL_MI_CLIENT_ID,
  PORTAL_MI_PRINCIPAL_ID,
  VISION_MI_CLIENT_ID,
  VISION_MI_PRINCIPAL_ID,
  VISION_MI_RESOURCE_ID,
} from './testing/demoDirectory';

// Variables that would make the credential pick another managed identity source.
const MANAGED_IDENTITY_VARIABLES = [
  'IDENTITY_ENDPOINT',
  'IDENTITY_HEADER',
  'IDENTITY_SERVER_THUMBPRINT',
  'MSI_ENDPOINT',
  'MSI_SECRET',
  'IMDS_ENDPOINT',
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
  'AZURE_FEDERATED_TOKEN_FILE',
];

describe('the managed identity endpoint', () => {
  let emulator: RunningEmulator;
  const savedEnvironment: Record<string, string | undefined> = {};

  beforeAll(async () => {
    emulator = await startTestEmulator();
    for (const name of MANAGED_IDENTITY_VARIABLES) {
      savedEnvironment[name] = process.env[name];
      delete process.env[name];
    }
    process.env.IDENTITY_ENDPOINT = `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`;
    process.env.IDENTITY_HEADER = MANAGED_IDENTITY_HEADER;
  });
  afterAll(async () => {
    for (const name of MANAGED_IDENTITY_VARIABLES) {
      if (savedEnvironment[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnvironment[name];
    }
    await emulator.stop();
  });

  const endpoint = (query: Record<string, string>) =>
    `${emulator.urls.https}${MANAGED_IDENTITY_PATH}?${new URLSearchParams(
      query,
    )}`;

  it('gives ManagedIdentityCredential a token of backstage-portal-mi by default', async () => {
    const { token, expiresOnTimestamp } =
      await new ManagedIdentityCredential().getToken(
        'https://management.azure.com/.default',
      );
    expect(decodeJwt(token)).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${CONTOSO}/`,
      appid: PORTAL_MI_CLIENT_ID,
      appidacr: '2',
      idtyp: 'app',
      oid: PORTAL_MI_PRINCIPAL_ID,
      sub: PORTAL_MI_PRINCIPAL_ID,
      tid: CONTOSO,
      ver: '1.0',
    });
    expect(expiresOnTimestamp).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('picks a user-assigned identity by client id or resource id', async () => {
    const byClientId = await new ManagedIdentityCredential({
      clientId: VISION_MI_CLIENT_ID,
    }).getToken('https://ml.azure.com/.default');
    expect(decodeJwt(byClientId.token)).toMatchObject({
      aud: 'https://ml.azure.com',
      appid: VISION_MI_CLIENT_ID,
      oid: VISION_MI_PRINCIPAL_ID,
      xms_mirid: VISION_MI_RESOURCE_ID,
    });

    const byResourceId = await new ManagedIdentityCredential({
      resourceId: VISION_MI_RESOURCE_ID,
    }).getToken('https://graph.microsoft.com/.default');
    expect(decodeJwt(byResourceId.token)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: VISION_MI_PRINCIPAL_ID,
    });
  });

  it("answers App Service's response shape", async () => {
    const response = await fetch(
      endpoint({
        'api-version': '2019-08-01',
        resource: 'https://management.azure.com/',
        client_id: VISION_MI_CLIENT_ID,
      }),
      { headers: { 'X-IDENTITY-HEADER': MANAGED_IDENTITY_HEADER } },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_on: expect.stringMatching(/^\d{10}$/),
      resource: 'https://management.azure.com/',
      token_type: 'Bearer',
      client_id: VISION_MI_CLIENT_ID,
    });
    expect(decodeJwt(body.access_token).exp).toBe(Number(body.expires_on));
    expect(decodeJwt(body.access_token).aud).toBe(
      'https://management.azure.com/',
    );
  });

  it('refuses a request without the identity header', async () => {
    const response = await fetch(
      endpoint({
        'api-version': '2019-08-01',
        resource: 'https://management.azure.com',
      }),
      { headers: { 'X-IDENTITY-HEADER': 'guessed' } },
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      message:
        'The X-IDENTITY-HEADER request header is missing or does not match IDENTITY_HEADER.',
      correlationId: expect.any(String),
    });
  });

  it('refuses an unknown identity, resource or api-version', async () => {
    const get = async (query: Record<string, string>) => {
      const response = await fetch(endpoint(query), {
        headers: { 'X-IDENTITY-HEADER': MANAGED_IDENTITY_HEADER },
      });
      return {
        status: response.status,
        message: (await response.json()).message,
      };
    };
    expect(
      await get({
        'api-version': '2019-08-01',
        resource: 'https://management.azure.com',
        client_id: '00000000-0000-4000-8000-000000000000',
      }),
    ).toEqual({
      status: 400,
      message:
        "Unable to load the requested managed identity: no user-assigned identity has client_id '00000000-0000-4000-8000-000000000000'.",
    });
    expect(
      await get({ 'api-version': '2019-08-01', resource: 'api://unknown' }),
    ).toEqual({
      status: 400,
      message:
        'AADSTS500011: The resource principal named api://unknown was not found in the tenant named Contoso ML. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.',
    });
    expect(
      await get({
        'api-version': '2017-09-01',
        resource: 'https://management.azure.com',
      }),
    ).toEqual({
      status: 400,
      message:
        "The api-version '2017-09-01' is not supported; use '2019-08-01'.",
    });
  });
});
