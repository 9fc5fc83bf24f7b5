/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AuthenticationError, NotAllowedError } from '@backstage/errors';
import {
  demoIds,
  signInForTokens,
  portalUserToken,
  startTestEmulator,
} from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { OnBehalfOfExchange } from './OnBehalfOfExchange';
import { UserTokenValidator } from './UserTokenValidator';
import type { ValidatedUserToken } from './types';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;

const CONTOSO = demoIds.tenant('contoso');
const FABRIKAM = demoIds.tenant('fabrikam');
const PORTAL = demoIds.app('backstage-portal');
const PORTAL_ID: string = PORTAL.appId;
const PORTAL_SECRET: string = PORTAL.passwordCredentials[0].secretText;
const ARM_SCOPE = 'https://management.azure.com/.default';
const ML_SCOPE = 'https://ml.azure.com/.default';
/** The correlation id Entra generates, at the end of an exchange's error. */
const CORRELATION_ID =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)$/;

describe('OnBehalfOfExchange', () => {
  let emulator: Emulator;
  let validator: UserTokenValidator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    validator = new UserTokenValidator({
      authorityHost: emulator.urls.https,
      portalClientId: PORTAL_ID,
      portalAudience: `api://${PORTAL_ID}`,
      allowedTenantIds: [CONTOSO, FABRIKAM],
    });
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const exchange = (options: { clock?: () => number } = {}) =>
    new OnBehalfOfExchange({
      authorityHost: emulator.urls.https,
      clientId: PORTAL_ID,
      clientCredential: { clientSecret: PORTAL_SECRET },
      allowedTenantIds: [CONTOSO, FABRIKAM],
      clock: options.clock,
    });

  /** A user's validated portal token, as the backend holds it after validation. */
  async function signedIn(user: string): Promise<ValidatedUserToken> {
    return validator.validate(await portalUserToken(emulator, user));
  }

  const entraRequests = () => emulator.ctx.requestCounts.get('entra') ?? 0;

  it('shares one exchange between 50 concurrent first requests of a user', async () => {
    const bob = await signedIn('bob');
    const obo = exchange();
    const before = entraRequests();
    // The emulator runs in this process: record what its server receives.
    const received: string[] = [];
    const record = (message: unknown) => {
      const { request } = message as { request: IncomingMessage };
      received.push(`${request.method} ${request.url!.split('?')[0]}`);
    };
    diagnosticsChannel.subscribe('http.server.request.start', record);
    let tokens;
    try {
      tokens = await Promise.all(
        Array.from({ length: 50 }, () => obo.getToken(bob, ARM_SCOPE)),
      );
    } finally {
      diagnosticsChannel.unsubscribe('http.server.request.start', record);
    }
    // One OnBehalfOfCredential: MSAL reads the tenant's openid-configuration
    // once, then posts once to its token endpoint.
    expect(received).toEqual([
      `GET /${CONTOSO}/v2.0/.well-known/openid-configuration`,
      `POST /${CONTOSO}/oauth2/v2.0/token`,
    ]);
    expect(entraRequests() - before).toBe(2);
    expect(new Set(tokens.map(t => t.token)).size).toBe(1);
    expect(decodeJwt(tokens[0].token)).toMatchObject({
      aud: 'https://management.azure.com',
      tid: CONTOSO,
      oid: demoIds.user('bob'),
      appid: PORTAL_ID,
    });
  });

  it('serves repeated requests from the cache', async () => {
    const bob = await signedIn('bob');
    const obo = exchange();
    const first = await obo.getToken(bob, ARM_SCOPE);
    const before = entraRequests();
    for (let i = 0; i < 10; i++) {
      await expect(obo.getToken(bob, ARM_SCOPE)).resolves.toBe(first);
    }
    expect(entraRequests()).toBe(before);
  });

  it('exchanges again for another scope or another tenant', async () => {
    const bob = await signedIn('bob');
    const obo = exchange();
    const arm = await obo.getToken(bob, ARM_SCOPE);
    let before = entraRequests();
    const ml = await obo.getToken(bob, ML_SCOPE);
    expect(entraRequests() - before).toBe(2);
    expect(ml.token).not.toBe(arm.token);
    expect(decodeJwt(ml.token).aud).toBe('https://ml.azure.com');

    before = entraRequests();
    const fabrikam = await obo.getToken(bob, ARM_SCOPE, {
      tenantId: FABRIKAM,
    });
    expect(entraRequests() - before).toBe(2);
    expect(fabrikam.token).not.toBe(arm.token);
  });

  it("goes through Bob's guest account in Fabrikam", async () => {
    const bob = await signedIn('bob');
    const { token } = await exchange().getToken(bob, ARM_SCOPE, {
      tenantId: FABRIKAM,
    });
    expect(decodeJwt(token)).toMatchObject({
      tid: FABRIKAM,
      oid: demoIds.user('bob-guest'),
      iss: `https://sts.windows.net/${FABRIKAM}/`,
    });
  });

  it('refuses Carol in Fabrikam with the AADSTS50020 message, and does not cache the failure', async () => {
    const carol = await signedIn('carol');
    const obo = exchange();
    const expected = `On-behalf-of exchange for scope ${ARM_SCOPE} in tenant ${FABRIKAM} failed: AADSTS50020: User account 'carol@contoso.onmicrosoft.com' from identity provider 'https://sts.windows.net/${CONTOSO}/' does not exist in tenant 'Fabrikam Research' and cannot access the application '${PORTAL_ID}'(Backstage portal) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account. (correlation id `;
    const error = await obo
      .getToken(carol, ARM_SCOPE, { tenantId: FABRIKAM })
      .catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toMatch(CORRELATION_ID);
    expect(error.message.replace(CORRELATION_ID, '')).toBe(expected);
    const before = entraRequests();
    const again = await obo
      .getToken(carol, ARM_SCOPE, { tenantId: FABRIKAM })
      .catch(e => e);
    expect(again.message.replace(CORRELATION_ID, '')).toBe(expected);
    expect(entraRequests() - before).toBe(2);
  });

  it('keeps the AADSTS65001 consent message for an app without consent', async () => {
    const tool = demoIds.app('unconsented-tool');
    const body = await signInForTokens(emulator, {
      tenant: CONTOSO,
      clientId: tool.appId,
      clientSecret: tool.passwordCredentials[0].secretText,
      userObjectId: demoIds.user('carol'),
      scope: `api://${tool.appId}/access_as_user`,
    });
    const claims = decodeJwt(body.access_token);
    const carol: ValidatedUserToken = {
      token: body.access_token,
      objectId: claims.oid as string,
      tenantId: CONTOSO,
      scopes: ['access_as_user'],
      expiresAt: new Date(claims.exp! * 1000),
    };
    const error = await new OnBehalfOfExchange({
      authorityHost: emulator.urls.https,
      clientId: tool.appId,
      clientCredential: {
        clientSecret: tool.passwordCredentials[0].secretText,
      },
    })
      .getToken(carol, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message.replace(CORRELATION_ID, '')).toBe(
      `On-behalf-of exchange for scope ${ARM_SCOPE} in tenant ${CONTOSO} failed: AADSTS65001: The user or administrator has not consented to use the application with ID '${tool.appId}' named 'unconsented-tool'. Send an interactive authorization request for this user and resource. (correlation id `,
    );
  });

  it('turns a refused assertion into an AuthenticationError with its AADSTS code', async () => {
    const bob = await signedIn('bob');
    const [header, payload] = bob.token.split('.');
    const forged = { ...bob, token: `${header}.${payload}.${'A'.repeat(342)}` };
    const error = await exchange()
      .getToken(forged, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message.replace(CORRELATION_ID, '')).toBe(
      `On-behalf-of exchange for scope ${ARM_SCOPE} in tenant ${CONTOSO} failed: AADSTS50013: Assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value.] (correlation id `,
    );
  });

  it('refuses a tenant outside the allow-list without calling Entra', async () => {
    const bob = await signedIn('bob');
    const other = '99999999-0000-4000-8000-000000000009';
    const before = entraRequests();
    await expect(
      exchange().getToken(bob, ARM_SCOPE, { tenantId: other }),
    ).rejects.toEqual(
      new NotAllowedError(
        `On-behalf-of exchange into tenant ${other} is not allowed: it is not in azureMl.tenants`,
      ),
    );
    expect(entraRequests()).toBe(before);
  });

  it('exchanges again after invalidate', async () => {
    const bob = await signedIn('bob');
    const obo = exchange();
    const first = await obo.getToken(bob, ARM_SCOPE);
    obo.invalidate(obo.keyFor(bob, ARM_SCOPE));
    const before = entraRequests();
    const second = await obo.getToken(bob, ARM_SCOPE);
    expect(entraRequests() - before).toBe(2);
    expect(second).not.toBe(first);
    await expect(obo.getToken(bob, ARM_SCOPE)).resolves.toBe(second);
  });

  it('exchanges again from 5 minutes before the token expires', async () => {
    const bob = await signedIn('bob');
    let now = Date.now();
    const obo = exchange({ clock: () => now });
    const first = await obo.getToken(bob, ARM_SCOPE);
    now = first.expiresOnTimestamp - 5 * 60 * 1000 - 1000;
    await expect(obo.getToken(bob, ARM_SCOPE)).resolves.toBe(first);
    now = first.expiresOnTimestamp - 5 * 60 * 1000;
    const before = entraRequests();
    const second = await obo.getToken(bob, ARM_SCOPE);
    expect(second).not.toBe(first);
    expect(entraRequests() - before).toBe(2);
  });

  it('keeps serving the old token when the early refresh fails, until it expires', async () => {
    const bob = await signedIn('bob');
    let now = Date.now();
    const obo = exchange({ clock: () => now });
    const first = await obo.getToken(bob, ARM_SCOPE);
    // Entra's clock past the user's token: the refresh's assertion is refused.
    const realNow = emulator.ctx.now;
    emulator.ctx.now = () => bob.expiresAt.getTime() + 10 * 60 * 1000;
    try {
      now = first.expiresOnTimestamp - 60 * 1000;
      const before = entraRequests();
      await expect(obo.getToken(bob, ARM_SCOPE)).resolves.toBe(first);
      expect(entraRequests() - before).toBe(2);
      now = first.expiresOnTimestamp + 1000;
      const error = await obo.getToken(bob, ARM_SCOPE).catch(e => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toMatch(
        new RegExp(
          `^On-behalf-of exchange for scope https://management\\.azure\\.com/\\.default in tenant ${CONTOSO} failed: AADSTS500133: Assertion is not within its valid time range\\.`,
        ),
      );
    } finally {
      emulator.ctx.now = realNow;
    }
  });

  it('authenticates the portal with a client assertion function instead of a secret', async () => {
    const bob = await signedIn('bob');
    const getAssertion = jest.fn(async () => 'not-a-signed-assertion');
    const error = await new OnBehalfOfExchange({
      authorityHost: emulator.urls.https,
      clientId: PORTAL_ID,
      clientCredential: { getAssertion },
    })
      .getToken(bob, ARM_SCOPE)
      .catch(e => e);
    expect(getAssertion).toHaveBeenCalled();
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(
      new RegExp(
        `^On-behalf-of exchange for scope ${ARM_SCOPE.replace(
          /\./g,
          '\\.',
        )} in tenant ${CONTOSO} failed: AADSTS\\d+: `,
      ),
    );
  });
});
