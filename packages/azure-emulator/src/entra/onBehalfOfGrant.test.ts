/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { OnBehalfOfCredential } from '@azure/identity';
import { decodeJwt } from 'jose';
import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { signInForTokens } from './testing/browserSignIn';
import {
  BOB,
  BOB_GUEST_IN_FABRIKAM,
  CAROL,
  CONTOSO,
  FABRIKAM,
  PORTAL_API,
  PORTAL_APP_ID,
  PORTAL_SECRET,
  TOOL_API,
  TOOL_APP_ID,
  TOOL_SECRET,
} from './testing/demoDirectory';

const ARM_SCOPE = 'https://management.azure.com/.default';

/**
 * OnBehalfOfCredential forwards every option to MSAL, but its option types
 * omit `disableInstanceDiscovery`; a variable avoids the excess-property check.
 */
function onBehalfOf(options: {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  userAssertionToken: string;
  authorityHost: string;
}) {
  const withDiscoveryDisabled = { ...options, disableInstanceDiscovery: true };
  return new OnBehalfOfCredential(withDiscoveryDisabled);
}

describe('the on-behalf-of flow', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  /** The user's token for the portal's API, as its frontend would send it. */
  async function portalApiToken(userObjectId: string): Promise<string> {
    const body = await signInForTokens(emulator, {
      tenant: CONTOSO,
      clientId: PORTAL_APP_ID,
      clientSecret: PORTAL_SECRET,
      userObjectId,
      scope: `${PORTAL_API}/access_as_user openid profile offline_access`,
    });
    return body.access_token;
  }

  const portalOnBehalfOf = (userAssertionToken: string, tenantId = CONTOSO) =>
    onBehalfOf({
      tenantId,
      clientId: PORTAL_APP_ID,
      clientSecret: PORTAL_SECRET,
      userAssertionToken,
      authorityHost: emulator.urls.https,
    });

  it("exchanges the user's portal token for an ARM token", async () => {
    const { token } = await portalOnBehalfOf(
      await portalApiToken(BOB),
    ).getToken(ARM_SCOPE);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${CONTOSO}/`,
      appid: PORTAL_APP_ID,
      appidacr: '1',
      idtyp: 'user',
      oid: BOB,
      tid: CONTOSO,
      scp: 'user_impersonation',
      upn: 'bob@contoso.onmicrosoft.com',
      name: 'Bob Builder',
      ver: '1.0',
    });
    expect(claims.groups).toContain('33333333-0000-4000-8000-000000000002');
  });

  it('refuses an assertion for another audience with AADSTS50013', async () => {
    const { token: armToken } = await portalOnBehalfOf(
      await portalApiToken(BOB),
    ).getToken(ARM_SCOPE);
    const error = await portalOnBehalfOf(armToken)
      .getToken('https://ml.azure.com/.default')
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS50013: Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was 'https://management.azure.com' and the expected audience is '${PORTAL_APP_ID}' or one of the Application Uris of this application with App ID '${PORTAL_APP_ID}'(Backstage portal).`,
    );
    expect(error.name).toBe('AuthenticationRequiredError');
    expect(error.cause).toMatchObject({
      name: 'ServerError',
      errorCode: 'invalid_grant',
      errorNo: 50013,
    });
  });

  it('needs consent of the middle tier for the downstream API (AADSTS65001)', async () => {
    const body = await signInForTokens(emulator, {
      tenant: CONTOSO,
      clientId: TOOL_APP_ID,
      clientSecret: TOOL_SECRET,
      userObjectId: CAROL,
      scope: `${TOOL_API}/access_as_user`,
    });
    const error = await onBehalfOf({
      tenantId: CONTOSO,
      clientId: TOOL_APP_ID,
      clientSecret: TOOL_SECRET,
      userAssertionToken: body.access_token,
      authorityHost: emulator.urls.https,
    })
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS65001: The user or administrator has not consented to use the application with ID '${TOOL_APP_ID}' named 'unconsented-tool'. Send an interactive authorization request for this user and resource.`,
    );
    expect(error.cause).toMatchObject({
      name: 'InteractionRequiredAuthError',
      errorCode: 'invalid_grant',
      subError: 'consent_required',
    });
  });

  it("goes through Bob's guest account in Fabrikam", async () => {
    const { token } = await portalOnBehalfOf(
      await portalApiToken(BOB),
      FABRIKAM,
    ).getToken(ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      tid: FABRIKAM,
      oid: BOB_GUEST_IN_FABRIKAM,
      iss: `https://sts.windows.net/${FABRIKAM}/`,
      unique_name: 'bob@contoso.onmicrosoft.com',
      groups: ['33333333-0000-4000-8000-000000000011'],
    });
  });

  it('refuses Carol in Fabrikam, where she has no account (AADSTS50020)', async () => {
    const error = await portalOnBehalfOf(await portalApiToken(CAROL), FABRIKAM)
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      `AADSTS50020: User account 'carol@contoso.onmicrosoft.com' from identity provider 'https://sts.windows.net/${CONTOSO}/' does not exist in tenant 'Fabrikam Research' and cannot access the application '${PORTAL_APP_ID}'(Backstage portal) in that tenant.`,
    );
  });

  it('refuses an expired assertion with AADSTS500133', async () => {
    emulator.ctx.faults.tokenClockSkewSeconds = -7200;
    const stale = await portalApiToken(BOB);
    emulator.ctx.faults.tokenClockSkewSeconds = 0;
    const error = await portalOnBehalfOf(stale)
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toMatch(
      /AADSTS500133: Assertion is not within its valid time range\. Ensure that the access token is not expired before using it for user assertion, or request a new token\. Current time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000Z, expiry time of assertion \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000Z\./,
    );
  });

  it('refuses an assertion it did not sign', async () => {
    const real = await portalApiToken(BOB);
    const [header, payload] = real.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(342)}`;
    const error = await portalOnBehalfOf(forged)
      .getToken(ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toContain(
      'AADSTS50013: Assertion failed signature validation.',
    );
  });
});
