/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ClientSecretCredential } from '@azure/identity';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { signInForTokens } from './testing/browserSignIn';
import {
  ALICE,
  CONTOSO,
  PORTAL_API,
  PORTAL_APP_ID,
  PORTAL_SECRET,
} from './testing/demoDirectory';

describe('OpenID Connect discovery', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  const getJson = async (path: string) => {
    const response = await fetch(`${emulator.urls.https}${path}`);
    return { status: response.status, body: await response.json() };
  };

  it('describes a tenant, by id or domain, with browser pages on http', async () => {
    const byDomain = await getJson(
      '/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration',
    );
    expect(byDomain.status).toBe(200);
    const api = `${emulator.urls.https}/${CONTOSO}`;
    const pages = `${emulator.urls.http}/${CONTOSO}`;
    expect(byDomain.body).toMatchObject({
      issuer: `${api}/v2.0`,
      token_endpoint: `${api}/oauth2/v2.0/token`,
      jwks_uri: `${api}/discovery/v2.0/keys`,
      authorization_endpoint: `${pages}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${pages}/oauth2/v2.0/logout`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256', 'plain'],
    });
    expect(
      (await getJson(`/${CONTOSO}/v2.0/.well-known/openid-configuration`)).body,
    ).toEqual(byDomain.body);
  });

  it("keeps Entra's {tenantid} placeholder in the issuer of common", async () => {
    const { body } = await getJson(
      '/common/v2.0/.well-known/openid-configuration',
    );
    expect(body.issuer).toBe(`${emulator.urls.https}/{tenantid}/v2.0`);
    expect(body.token_endpoint).toBe(
      `${emulator.urls.https}/common/oauth2/v2.0/token`,
    );
    expect(body.authorization_endpoint).toBe(
      `${emulator.urls.http}/common/oauth2/v2.0/authorize`,
    );
  });

  it('serves the v1.0 configuration with the sts.windows.net issuer', async () => {
    const { body } = await getJson(
      `/${CONTOSO}/.well-known/openid-configuration`,
    );
    expect(body).toMatchObject({
      issuer: `https://sts.windows.net/${CONTOSO}/`,
      token_endpoint: `${emulator.urls.https}/${CONTOSO}/oauth2/token`,
      jwks_uri: `${emulator.urls.https}/${CONTOSO}/discovery/keys`,
      authorization_endpoint: `${emulator.urls.http}/${CONTOSO}/oauth2/authorize`,
    });
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const { status, body } = await getJson(
      '/nowhere.onmicrosoft.com/v2.0/.well-known/openid-configuration',
    );
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_tenant');
    expect(body.error_codes).toEqual([90002]);
    expect(body.error_description).toMatch(
      /^AADSTS90002: Tenant 'nowhere.onmicrosoft.com' not found\. /,
    );
  });

  it('answers instance discovery in MSAL’s shape', async () => {
    const host = new URL(emulator.urls.https).host;
    const { body } = await getJson(
      `/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(
        `${emulator.urls.https}/${CONTOSO}/oauth2/v2.0/authorize`,
      )}`,
    );
    expect(body).toEqual({
      tenant_discovery_endpoint: `${emulator.urls.https}/${CONTOSO}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        { preferred_network: host, preferred_cache: host, aliases: [host] },
      ],
    });
  });

  it('publishes keys that verify its v2 tokens with the discovered issuer', async () => {
    const { body: configuration } = await getJson(
      `/${CONTOSO}/v2.0/.well-known/openid-configuration`,
    );
    const keys = await (await fetch(configuration.jwks_uri)).json();
    expect(keys.keys[0]).toMatchObject({
      kty: 'RSA',
      use: 'sig',
      alg: 'RS256',
    });
    expect((await getJson(`/${CONTOSO}/discovery/keys`)).body).toEqual(keys);

    const { access_token: accessToken } = await signInForTokens(emulator, {
      tenant: CONTOSO,
      clientId: PORTAL_APP_ID,
      clientSecret: PORTAL_SECRET,
      userObjectId: ALICE,
      scope: `${PORTAL_API}/access_as_user`,
    });
    const { payload, protectedHeader } = await jwtVerify(
      accessToken,
      createLocalJWKSet(keys),
      { issuer: configuration.issuer, audience: PORTAL_APP_ID },
    );
    expect(protectedHeader.kid).toBe(keys.keys[0].kid);
    expect(payload.oid).toBe(ALICE);
  });

  it('serves the v1.0 token endpoint for a resource', async () => {
    const response = await fetch(
      `${emulator.urls.https}/${CONTOSO}/oauth2/token`,
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: PORTAL_APP_ID,
          client_secret: PORTAL_SECRET,
          resource: 'https://management.azure.com/',
        }),
      },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: '3600',
      resource: 'https://management.azure.com/',
      expires_on: expect.stringMatching(/^\d{10}$/),
      not_before: expect.stringMatching(/^\d{10}$/),
    });
  });

  it('lets the official client find the token endpoint by discovery', async () => {
    const credential = new ClientSecretCredential(
      'contoso.onmicrosoft.com',
      PORTAL_APP_ID,
      PORTAL_SECRET,
      { authorityHost: emulator.urls.https, disableInstanceDiscovery: true },
    );
    await expect(
      credential.getToken('https://management.azure.com/.default'),
    ).resolves.toMatchObject({ token: expect.any(String) });
  });
});
