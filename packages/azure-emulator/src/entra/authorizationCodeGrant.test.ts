/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { decodeJwt } from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import {
  authorizeInBrowser,
  postToken,
  signInForTokens,
} from './testing/browserSignIn';
import {
  BOB,
  BOB_GUEST_IN_FABRIKAM,
  CONTOSO,
  FABRIKAM,
  GRACE,
  PORTAL_API,
  PORTAL_APP_ID,
  PORTAL_REDIRECT_URI,
  PORTAL_SECRET,
  TOOL_APP_ID,
  TOOL_SECRET,
} from './testing/demoDirectory';

const SCOPE = `${PORTAL_API}/access_as_user openid profile offline_access`;
const TEAM_VISION = '33333333-0000-4000-8000-000000000002';

describe('the authorization code and refresh token grants', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const signInBob = (scope = SCOPE) =>
    authorizeInBrowser(emulator, {
      tenant: CONTOSO,
      clientId: PORTAL_APP_ID,
      userObjectId: BOB,
      scope,
      nonce: 'n-0S6_WzA2Mj',
    });

  const redeem = (fields: Record<string, string>, tenant = CONTOSO) =>
    postToken(emulator, tenant, {
      grant_type: 'authorization_code',
      client_id: PORTAL_APP_ID,
      client_secret: PORTAL_SECRET,
      redirect_uri: PORTAL_REDIRECT_URI,
      scope: SCOPE,
      ...fields,
    });

  async function errorOf(response: Response) {
    const body = await response.json();
    return {
      status: response.status,
      error: body.error,
      description: body.error_description.split('\r\n')[0],
      suberror: body.suberror,
    };
  }

  it('redeems a code with PKCE for a v2 access token, an ID token and a refresh token', async () => {
    const { code, verifier } = await signInBob();
    const response = await redeem({ code, code_verifier: verifier });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store, no-cache');
    const body = await response.json();
    expect(body).toEqual({
      token_type: 'Bearer',
      scope: `${PORTAL_API}/access_as_user openid profile`,
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: expect.any(String),
      refresh_token: expect.stringMatching(/^0\.A/),
      id_token: expect.any(String),
    });
    const access = decodeJwt(body.access_token);
    expect(access).toMatchObject({
      aud: PORTAL_APP_ID,
      iss: `${emulator.urls.https}/${CONTOSO}/v2.0`,
      azp: PORTAL_APP_ID,
      azpacr: '1',
      idtyp: 'user',
      name: 'Bob Builder',
      oid: BOB,
      preferred_username: 'bob@contoso.onmicrosoft.com',
      scp: 'access_as_user',
      tid: CONTOSO,
      ver: '2.0',
    });
    expect(access.groups).toContain(TEAM_VISION);
    expect(access.sub).not.toBe(BOB);
    expect(access.exp! - access.iat!).toBe(3600);

    expect(decodeJwt(body.id_token)).toMatchObject({
      aud: PORTAL_APP_ID,
      iss: `${emulator.urls.https}/${CONTOSO}/v2.0`,
      nonce: 'n-0S6_WzA2Mj',
      oid: BOB,
      tid: CONTOSO,
      preferred_username: 'bob@contoso.onmicrosoft.com',
      sub: access.sub,
      ver: '2.0',
    });
  });

  it('redeems a code only once', async () => {
    const { code, verifier } = await signInBob();
    expect((await redeem({ code, code_verifier: verifier })).status).toBe(200);
    expect(
      await errorOf(await redeem({ code, code_verifier: verifier })),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
      description:
        'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
      suberror: undefined,
    });
  });

  it('refuses a wrong code_verifier with AADSTS501481', async () => {
    const { code } = await signInBob();
    expect(
      await errorOf(await redeem({ code, code_verifier: 'x'.repeat(43) })),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
      description:
        'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.',
      suberror: undefined,
    });
  });

  it('accepts a plain code_challenge', async () => {
    const verifier = 'plain-verifier-'.padEnd(50, 'p');
    const signIn = await fetch(
      `${emulator.urls.http}/${CONTOSO}/oauth2/v2.0/authorize`,
      {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({
          client_id: PORTAL_APP_ID,
          response_type: 'code',
          redirect_uri: PORTAL_REDIRECT_URI,
          scope: SCOPE,
          code_challenge: verifier,
          code_challenge_method: 'plain',
          user_id: BOB,
        }),
      },
    );
    const code = new URL(signIn.headers.get('location')!).searchParams.get(
      'code',
    )!;
    expect((await redeem({ code, code_verifier: `${verifier}x` })).status).toBe(
      400,
    );
    expect((await redeem({ code, code_verifier: verifier })).status).toBe(200);
  });

  it('needs the redirect URI of the authorize request', async () => {
    const { code, verifier } = await signInBob();
    expect(
      await errorOf(
        await redeem({
          code,
          code_verifier: verifier,
          redirect_uri: 'http://localhost:7007/other',
        }),
      ),
    ).toEqual({
      status: 400,
      error: 'invalid_grant',
      description: `AADSTS500112: The reply address 'http://localhost:7007/other' does not match the reply address '${PORTAL_REDIRECT_URI}' provided when requesting Authorization code.`,
      suberror: undefined,
    });
  });

  it('needs the client secret of a confidential client', async () => {
    const { code, verifier } = await signInBob();
    expect(
      await errorOf(
        await redeem({ code, code_verifier: verifier, client_secret: '' }),
      ),
    ).toEqual({
      status: 401,
      error: 'invalid_client',
      description:
        "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      suberror: undefined,
    });
  });

  it('refuses a code at another tenant and after ten minutes', async () => {
    const first = await signInBob();
    expect(
      await errorOf(
        await redeem(
          { code: first.code, code_verifier: first.verifier },
          FABRIKAM,
        ),
      ),
    ).toMatchObject({
      status: 400,
      description:
        'AADSTS700005: Provided Authorization Code is intended to use against other tenant, thus rejected.',
    });

    const second = await signInBob();
    emulator.ctx.faults.tokenClockSkewSeconds = 601;
    expect(
      await errorOf(
        await redeem({ code: second.code, code_verifier: second.verifier }),
      ),
    ).toMatchObject({
      status: 400,
      description: expect.stringMatching(/^AADSTS70008: /),
    });
  });

  it('needs consent for the requested scope (AADSTS65001)', async () => {
    const scope = 'https://management.azure.com/user_impersonation openid';
    const { code, verifier } = await authorizeInBrowser(emulator, {
      tenant: CONTOSO,
      clientId: TOOL_APP_ID,
      userObjectId: BOB,
      scope,
    });
    const response = await postToken(emulator, CONTOSO, {
      grant_type: 'authorization_code',
      client_id: TOOL_APP_ID,
      client_secret: TOOL_SECRET,
      code,
      code_verifier: verifier,
      redirect_uri: PORTAL_REDIRECT_URI,
      scope,
    });
    expect(await errorOf(response)).toEqual({
      status: 400,
      error: 'invalid_grant',
      description: `AADSTS65001: The user or administrator has not consented to use the application with ID '${TOOL_APP_ID}' named 'unconsented-tool'. Send an interactive authorization request for this user and resource.`,
      suberror: 'consent_required',
    });
  });

  it('signs in at common in the chosen user’s own tenant', async () => {
    const body = await signInForTokens(emulator, {
      tenant: 'common',
      clientId: PORTAL_APP_ID,
      clientSecret: PORTAL_SECRET,
      userObjectId: GRACE,
      scope: 'https://management.azure.com//.default openid',
    });
    expect(decodeJwt(body.access_token)).toMatchObject({
      aud: 'https://management.azure.com/',
      tid: FABRIKAM,
      oid: GRACE,
      upn: 'grace@fabrikam.onmicrosoft.com',
      scp: 'user_impersonation',
    });
    expect(body.refresh_token).toBeUndefined();
  });

  it('refreshes for another resource, rotating the refresh token', async () => {
    const first = await signInForTokens(emulator, {
      tenant: CONTOSO,
      clientId: PORTAL_APP_ID,
      clientSecret: PORTAL_SECRET,
      userObjectId: BOB,
      scope: SCOPE,
    });
    const refresh = (refreshToken: string, tenant = CONTOSO) =>
      postToken(emulator, tenant, {
        grant_type: 'refresh_token',
        client_id: PORTAL_APP_ID,
        client_secret: PORTAL_SECRET,
        refresh_token: refreshToken,
        scope: 'https://management.azure.com//.default',
      });

    const response = await refresh(first.refresh_token);
    expect(response.status).toBe(200);
    const second = await response.json();
    expect(second.refresh_token).toMatch(/^0\.A/);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe(
      'https://management.azure.com/user_impersonation https://management.azure.com/.default',
    );
    expect(decodeJwt(second.access_token)).toMatchObject({
      aud: 'https://management.azure.com/',
      iss: `https://sts.windows.net/${CONTOSO}/`,
      appid: PORTAL_APP_ID,
      appidacr: '1',
      idtyp: 'user',
      oid: BOB,
      upn: 'bob@contoso.onmicrosoft.com',
      unique_name: 'bob@contoso.onmicrosoft.com',
      scp: 'user_impersonation',
      ver: '1.0',
    });

    expect(await errorOf(await refresh(first.refresh_token))).toEqual({
      status: 400,
      error: 'invalid_grant',
      description:
        'AADSTS9002313: Invalid request. Request is malformed or invalid.',
      suberror: undefined,
    });

    const guest = await refresh(second.refresh_token, FABRIKAM);
    expect(guest.status).toBe(200);
    expect(decodeJwt((await guest.json()).access_token)).toMatchObject({
      tid: FABRIKAM,
      oid: BOB_GUEST_IN_FABRIKAM,
      unique_name: 'bob@contoso.onmicrosoft.com',
      idp: `https://sts.windows.net/${CONTOSO}/`,
    });
  });
});
