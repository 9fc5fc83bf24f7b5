/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { postToken } from './testing/browserSignIn';
import { CONTOSO, PORTAL_APP_ID, PORTAL_SECRET } from './testing/demoDirectory';

describe('the token endpoint', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  async function failure(tenant: string, fields: Record<string, string>) {
    const response = await postToken(emulator, tenant, fields);
    const body = await response.json();
    return {
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      error: body.error,
      description: body.error_description.split('\r\n')[0],
    };
  }

  it('needs a grant_type and refuses unknown ones with AADSTS70003', async () => {
    expect(await failure(CONTOSO, { client_id: PORTAL_APP_ID })).toEqual({
      status: 400,
      cacheControl: 'no-store, no-cache',
      error: 'invalid_request',
      description:
        "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
    });
    for (const grantType of ['password', 'constructor']) {
      expect(await failure(CONTOSO, { grant_type: grantType })).toMatchObject({
        status: 400,
        error: 'unsupported_grant_type',
        description: `AADSTS70003: The app requested an unsupported grant type '${grantType}'.`,
      });
    }
  });

  it('refuses an unknown tenant with AADSTS90002', async () => {
    expect(
      await failure('nowhere.onmicrosoft.com', {
        grant_type: 'client_credentials',
        client_id: PORTAL_APP_ID,
        client_secret: PORTAL_SECRET,
        scope: 'https://management.azure.com/.default',
      }),
    ).toMatchObject({
      status: 400,
      error: 'invalid_request',
      description: expect.stringMatching(
        /^AADSTS90002: Tenant 'nowhere\.onmicrosoft\.com' not found\./,
      ),
    });
  });

  it('needs the on-behalf-of parameters of a jwt-bearer grant', async () => {
    expect(
      await failure(CONTOSO, {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: 'x',
      }),
    ).toMatchObject({
      status: 400,
      description:
        "AADSTS900144: The request body must contain the following parameter: 'requested_token_use'.",
    });
    expect(
      await failure(CONTOSO, {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        assertion: 'not-a-jwt',
      }),
    ).toMatchObject({
      status: 400,
      description: 'AADSTS50027: JWT token is invalid or malformed.',
    });
  });

  it('refuses an unknown authorization code or refresh token', async () => {
    const grants: Record<string, string>[] = [
      { grant_type: 'authorization_code', code: 'made-up' },
      { grant_type: 'refresh_token', refresh_token: 'made-up' },
    ];
    for (const fields of grants) {
      expect(
        await failure(CONTOSO, {
          client_id: PORTAL_APP_ID,
          client_secret: PORTAL_SECRET,
          ...fields,
        }),
      ).toMatchObject({
        status: 400,
        error: 'invalid_grant',
        description:
          'AADSTS9002313: Invalid request. Request is malformed or invalid.',
      });
    }
  });
});
