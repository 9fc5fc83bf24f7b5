/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ClientSecretCredential } from '@azure/identity';
import {
  AuthenticationError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  demoIds,
  portalUserToken,
  startTestEmulator,
} from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { UserTokenValidator } from './UserTokenValidator';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;

const CONTOSO = demoIds.tenant('contoso');
const FABRIKAM = demoIds.tenant('fabrikam');
const PORTAL = demoIds.app('backstage-portal');
const PORTAL_ID: string = PORTAL.appId;
const PORTAL_SECRET: string = PORTAL.passwordCredentials[0].secretText;

describe('UserTokenValidator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const validator = (
    options: { allowedTenantIds?: string[]; clock?: () => number } = {},
  ) =>
    new UserTokenValidator({
      authorityHost: emulator.urls.https,
      portalClientId: PORTAL_ID,
      portalAudience: `api://${PORTAL_ID}`,
      allowedTenantIds: options.allowedTenantIds ?? [CONTOSO, FABRIKAM],
      clock: options.clock,
    });

  const portalToken = (user: string, tenant = CONTOSO) =>
    portalUserToken(emulator, user, tenant);

  const entraRequests = () => emulator.ctx.requestCounts.get('entra') ?? 0;

  it("accepts a user's real token and returns who they are", async () => {
    const token = await portalToken('alice');
    const claims = decodeJwt(token);
    await expect(validator().validate(token)).resolves.toEqual({
      token,
      objectId: demoIds.user('alice'),
      tenantId: CONTOSO,
      userPrincipalName: 'alice@contoso.onmicrosoft.com',
      scopes: ['access_as_user'],
      expiresAt: new Date(claims.exp! * 1000),
    });
  });

  it('discovers a tenant once, then validates from its cache', async () => {
    const tokenValidator = validator();
    const alice = await portalToken('alice');
    const bob = await portalToken('bob');
    const before = entraRequests();
    await tokenValidator.validate(alice);
    // openid-configuration and the JWKS behind its jwks_uri
    expect(entraRequests() - before).toBe(2);
    await tokenValidator.validate(bob);
    await tokenValidator.validate(alice);
    expect(entraRequests() - before).toBe(2);
  });

  it('accepts a token up to 60 seconds after it expired (clock skew)', async () => {
    const token = await portalToken('bob');
    const exp = decodeJwt(token).exp! * 1000;
    await expect(
      validator({ clock: () => exp + 59_000 }).validate(token),
    ).resolves.toMatchObject({ objectId: demoIds.user('bob') });
  });

  it('refuses an expired token, saying when it expired', async () => {
    const token = await portalToken('bob');
    const exp = decodeJwt(token).exp! * 1000;
    await expect(
      validator({ clock: () => exp + 61_000 }).validate(token),
    ).rejects.toEqual(
      new AuthenticationError(
        `Azure access token expired at ${new Date(
          exp,
        ).toISOString()}; sign in again`,
      ),
    );
  });

  it('refuses a token it accepted before once it has expired, without asking Entra again', async () => {
    const token = await portalToken('bob');
    const exp = decodeJwt(token).exp! * 1000;
    let now = exp - 600_000;
    const tokenValidator = validator({ clock: () => now });
    await tokenValidator.validate(token);
    const before = entraRequests();
    await expect(tokenValidator.validate(token)).resolves.toMatchObject({
      objectId: demoIds.user('bob'),
    });
    now = exp + 61_000;
    await expect(tokenValidator.validate(token)).rejects.toEqual(
      new AuthenticationError(
        `Azure access token expired at ${new Date(
          exp,
        ).toISOString()}; sign in again`,
      ),
    );
    expect(entraRequests()).toBe(before);
  });

  it('refuses a token Entra issued two hours ago', async () => {
    const realNow = emulator.ctx.now;
    emulator.ctx.now = () => realNow() - 2 * 60 * 60 * 1000;
    let token: string;
    try {
      token = await portalToken('alice');
    } finally {
      emulator.ctx.now = realNow;
    }
    const exp = decodeJwt(token).exp! * 1000;
    expect(exp).toBeLessThan(Date.now() - 60_000);
    const error = await validator()
      .validate(token)
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      `Azure access token expired at ${new Date(
        exp,
      ).toISOString()}; sign in again`,
    );
  });

  it('refuses a token that is not valid yet', async () => {
    const token = await portalToken('bob');
    const nbf = decodeJwt(token).nbf! * 1000;
    await expect(
      validator({ clock: () => nbf - 61_000 }).validate(token),
    ).rejects.toEqual(
      new AuthenticationError(
        `Azure access token is not valid before ${new Date(
          nbf,
        ).toISOString()}; check the server clock`,
      ),
    );
  });

  it.each([undefined, ''])('refuses a missing token (%p)', async token => {
    await expect(validator().validate(token)).rejects.toEqual(
      new AuthenticationError(
        'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
      ),
    );
  });

  it('refuses a token that is not a JWT', async () => {
    const error = await validator()
      .validate('not-a-token')
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      'Malformed Azure access token: Invalid Token or Protected Header formatting',
    );
  });

  it('refuses a forged signature', async () => {
    const token = await portalToken('alice');
    const [header, payload, signature] = token.split('.');
    const flipped = signature[10] === 'A' ? 'B' : 'A';
    const forged = `${header}.${payload}.${signature.slice(
      0,
      10,
    )}${flipped}${signature.slice(11)}`;
    await expect(validator().validate(forged)).rejects.toEqual(
      new AuthenticationError(
        'Azure access token has a bad signature: signature verification failed',
      ),
    );
  });

  it('refuses a token for another audience (an ARM token of the portal app)', async () => {
    const { token } = await new ClientSecretCredential(
      CONTOSO,
      PORTAL_ID,
      PORTAL_SECRET,
      { authorityHost: emulator.urls.https, disableInstanceDiscovery: true },
    ).getToken('https://management.azure.com/.default');
    await expect(validator().validate(token)).rejects.toEqual(
      new AuthenticationError(
        `Azure access token is for audience 'https://management.azure.com', not the portal API (expected '${PORTAL_ID}' or 'api://${PORTAL_ID}')`,
      ),
    );
  });

  it('refuses a user from a tenant outside the allow-list, before any discovery', async () => {
    const token = await portalToken('alice');
    const before = entraRequests();
    await expect(
      validator({ allowedTenantIds: [FABRIKAM] }).validate(token),
    ).rejects.toEqual(
      new AuthenticationError(
        `Azure access token is from tenant ${CONTOSO}, which this portal does not allow (allowed: ${FABRIKAM})`,
      ),
    );
    expect(entraRequests()).toBe(before);
  });

  it('reports a tenant whose OpenID configuration cannot be read', async () => {
    const unknownTenant = '99999999-0000-4000-8000-000000000009';
    const encode = (part: object) =>
      Buffer.from(JSON.stringify(part)).toString('base64url');
    const token = `${encode({ alg: 'RS256', kid: 'k' })}.${encode({
      tid: unknownTenant,
      exp: Math.floor(Date.now() / 1000) + 600,
    })}.c2ln`;
    const error = await validator({ allowedTenantIds: [unknownTenant] })
      .validate(token)
      .catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      `Could not read the OpenID configuration of tenant ${unknownTenant} at ${emulator.urls.https}/${unknownTenant}/v2.0/.well-known/openid-configuration: HTTP 400 Bad Request`,
    );
  });
});
