/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ClientSecretCredential } from '@azure/identity';
import { decodeJwt } from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import {
  CONTOSO,
  FABRIKAM,
  LEGACY_CI_APP_ID,
  LEGACY_CI_EXPIRED_SECRET,
  LEGACY_CI_SECRET,
  PORTAL_APP_ID,
  PORTAL_SECRET,
  TOOL_APP_ID,
  TOOL_SECRET,
} from './testing/demoDirectory';

const ARM_SCOPE = 'https://management.azure.com/.default';

describe('client credentials with a client secret', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const credential = (tenantId: string, clientId: string, secret: string) =>
    new ClientSecretCredential(tenantId, clientId, secret, {
      authorityHost: emulator.urls.https,
      disableInstanceDiscovery: true,
    });

  it('issues a v1 app token for ARM to the portal app', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { token, expiresOnTimestamp } = await credential(
      CONTOSO,
      PORTAL_APP_ID,
      PORTAL_SECRET,
    ).getToken(ARM_SCOPE);

    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${CONTOSO}/`,
      appid: PORTAL_APP_ID,
      appidacr: '1',
      idtyp: 'app',
      oid: '44444444-2222-4000-8000-000000000001',
      sub: '44444444-2222-4000-8000-000000000001',
      tid: CONTOSO,
      ver: '1.0',
    });
    expect(claims.roles).toBeUndefined();
    expect(claims.uti).toEqual(expect.any(String));
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(expiresOnTimestamp).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('keeps the resource as requested in aud and adds consented app roles', async () => {
    const { token } = await credential(
      CONTOSO,
      PORTAL_APP_ID,
      PORTAL_SECRET,
    ).getToken('https://graph.microsoft.com//.default');
    expect(decodeJwt(token)).toMatchObject({
      aud: 'https://graph.microsoft.com/',
      roles: ['User.Read.All', 'GroupMember.Read.All', 'Application.Read.All'],
    });
  });

  it("uses the multi-tenant portal's service principal in Fabrikam", async () => {
    const { token } = await credential(
      'fabrikam.onmicrosoft.com',
      PORTAL_APP_ID,
      PORTAL_SECRET,
    ).getToken(ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      tid: FABRIKAM,
      oid: '44444444-2222-4000-8000-000000000011',
    });
  });

  it('accepts the valid secret of an app that also has an expired one', async () => {
    const { token } = await credential(
      CONTOSO,
      LEGACY_CI_APP_ID,
      LEGACY_CI_SECRET,
    ).getToken(ARM_SCOPE);
    expect(decodeJwt(token).appid).toBe(LEGACY_CI_APP_ID);
  });

  it('refuses a wrong secret with AADSTS7000215', async () => {
    const error = await credential(CONTOSO, PORTAL_APP_ID, 'not-the-secret')
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.name).toBe('AuthenticationRequiredError');
    expect(error.message).toContain(
      `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${PORTAL_APP_ID}'.`,
    );
    expect(error.cause).toMatchObject({
      errorCode: 'invalid_client',
      errorNo: 7000215,
      status: 401,
    });
  });

  it('refuses an expired secret with AADSTS7000222', async () => {
    const error = await credential(
      CONTOSO,
      LEGACY_CI_APP_ID,
      LEGACY_CI_EXPIRED_SECRET,
    )
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS7000222: The provided client secret keys for app '${LEGACY_CI_APP_ID}' are expired.`,
    );
    expect(error.cause).toMatchObject({ errorNo: 7000222, status: 401 });
  });

  it('refuses a single-tenant app in another tenant with AADSTS700016', async () => {
    const error = await credential(FABRIKAM, TOOL_APP_ID, TOOL_SECRET)
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS700016: Application with identifier '${TOOL_APP_ID}' was not found in the directory 'Fabrikam Research'.`,
    );
    expect(error.cause).toMatchObject({
      errorCode: 'unauthorized_client',
      status: 400,
    });
  });

  it('refuses an unknown resource with AADSTS500011', async () => {
    const error = await credential(CONTOSO, PORTAL_APP_ID, PORTAL_SECRET)
      .getToken('api://nobody-knows-this/.default')
      .catch(e => e);
    expect(error.message).toContain(
      'AADSTS500011: The resource principal named api://nobody-knows-this was not found in the tenant named Contoso ML.',
    );
  });

  it('shifts iat, nbf and exp by the clock-skew fault', async () => {
    emulator.ctx.faults.tokenClockSkewSeconds = -1800;
    const now = Math.floor(Date.now() / 1000);
    const { token } = await credential(
      CONTOSO,
      PORTAL_APP_ID,
      PORTAL_SECRET,
    ).getToken(ARM_SCOPE);
    const claims = decodeJwt(token);
    expect(Math.abs(claims.iat! - (now - 1800))).toBeLessThanOrEqual(2);
    expect(claims.nbf).toBe(claims.iat);
    expect(claims.exp).toBe(claims.iat! + 3600);
  });

  it("answers errors in Entra's JSON shape", async () => {
    const response = await fetch(
      `${emulator.urls.https}/${CONTOSO}/oauth2/v2.0/token`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'client-request-id': 'e5d1b7a2-0000-4000-8000-000000000001',
        },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: PORTAL_APP_ID,
          client_secret: PORTAL_SECRET,
          scope: 'https://management.azure.com/user_impersonation',
        }),
      },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({
      error: 'invalid_scope',
      error_description: expect.stringMatching(
        /^AADSTS1002012: The provided value for scope https:\/\/management\.azure\.com\/user_impersonation is not valid\. Client credential flows must have a scope value with \/\.default suffixed to the resource identifier \(application ID URI\)\.\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: e5d1b7a2-0000-4000-8000-000000000001\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/,
      ),
      error_codes: [1002012],
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
      trace_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      correlation_id: 'e5d1b7a2-0000-4000-8000-000000000001',
      error_uri: 'https://login.microsoftonline.com/error?code=1002012',
    });
  });

  it('refuses client credentials at the common endpoint with AADSTS50059', async () => {
    const response = await fetch(
      `${emulator.urls.https}/common/oauth2/v2.0/token`,
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: PORTAL_APP_ID,
          client_secret: PORTAL_SECRET,
          scope: ARM_SCOPE,
        }),
      },
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_request');
    expect(body.error_codes).toEqual([50059]);
  });
});
