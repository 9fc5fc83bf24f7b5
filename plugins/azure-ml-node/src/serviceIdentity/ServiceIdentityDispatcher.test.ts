/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { rmSync } from 'node:fs';
import { mockServices } from '@backstage/backend-test-utils';
import {
  NotAllowedError,
  NotImplementedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { buildDefaultServiceIdentityStrategies } from './buildDefaultServiceIdentityStrategies';
import { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
import {
  ARM_SCOPE,
  CONTOSO,
  FABRIKAM,
  PORTAL_ID,
  PORTAL_SECRET,
  azureMlOnEmulator,
  entraRequests,
  tokenFilePath,
  withReceivedRequests,
  writeWorkloadToken,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

const ML_SCOPE = 'https://ml.azure.com/.default';
const UNLISTED_TENANT = '11111111-0000-4000-8000-000000000009';
const MINUTE = 60_000;

const secretIdentity = {
  mode: 'client-secret',
  clientId: PORTAL_ID,
  tenantId: CONTOSO,
  clientSecret: PORTAL_SECRET,
};

describe('ServiceIdentityDispatcher', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => {
    jest.useRealTimers();
    emulator.reset();
  });

  const dispatcher = (
    serviceIdentity: object = secretIdentity,
    extra: {
      tenants?: object[];
      strategies?: ReturnType<typeof buildDefaultServiceIdentityStrategies>;
    } = {},
  ) => {
    const logger = mockServices.logger.mock();
    const identity = new ServiceIdentityDispatcher({
      azureMl: azureMlOnEmulator(emulator, serviceIdentity, extra.tenants),
      logger,
      strategies: extra.strategies,
    });
    return { identity, logger };
  };

  /** Fakes only the clock (Date), so sockets and timers keep running. */
  const fakeClock = () =>
    jest.useFakeTimers({
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });

  it('shares one request between 20 concurrent first calls for a tenant and scope', async () => {
    const { identity } = dispatcher();
    const { result: tokens, received } = await withReceivedRequests(() =>
      Promise.all(
        Array.from({ length: 20 }, () => identity.getToken(CONTOSO, ARM_SCOPE)),
      ),
    );
    // MSAL reads the tenant's openid-configuration once, then posts once.
    expect(received).toEqual([
      `GET /${CONTOSO}/v2.0/.well-known/openid-configuration`,
      `POST /${CONTOSO}/oauth2/v2.0/token`,
    ]);
    expect(new Set(tokens.map(t => t.token)).size).toBe(1);
    expect(entraRequests(emulator)).toBe(2);

    // Served from the cache afterwards.
    for (let i = 0; i < 5; i++) {
      await expect(identity.getToken(CONTOSO, ARM_SCOPE)).resolves.toBe(
        tokens[0],
      );
    }
    expect(entraRequests(emulator)).toBe(2);
  });

  it('asks again for another scope or another tenant, one credential per tenant', async () => {
    const { identity } = dispatcher();
    const { received } = await withReceivedRequests(async () => {
      await identity.getToken(CONTOSO, ARM_SCOPE);
      await identity.getToken(CONTOSO, ML_SCOPE);
      await identity.getToken(FABRIKAM, ARM_SCOPE);
    });
    expect(received).toEqual([
      `GET /${CONTOSO}/v2.0/.well-known/openid-configuration`,
      `POST /${CONTOSO}/oauth2/v2.0/token`,
      `POST /${CONTOSO}/oauth2/v2.0/token`,
      `GET /${FABRIKAM}/v2.0/.well-known/openid-configuration`,
      `POST /${FABRIKAM}/oauth2/v2.0/token`,
    ]);
  });

  it('refreshes 5 minutes before expiry, not earlier', async () => {
    fakeClock();
    const { identity } = dispatcher();
    const first = await identity.getToken(CONTOSO, ARM_SCOPE);
    const expiry = first.expiresOnTimestamp;

    jest.setSystemTime(expiry - 6 * MINUTE);
    const before = entraRequests(emulator);
    await expect(identity.getToken(CONTOSO, ARM_SCOPE)).resolves.toBe(first);
    expect(entraRequests(emulator)).toBe(before);

    jest.setSystemTime(expiry - 4 * MINUTE);
    const { result: second, received } = await withReceivedRequests(() =>
      Promise.all([
        identity.getToken(CONTOSO, ARM_SCOPE),
        identity.getToken(CONTOSO, ARM_SCOPE),
      ]),
    );
    expect(received).toEqual([`POST /${CONTOSO}/oauth2/v2.0/token`]);
    expect(second[0]).toBe(second[1]);
    expect(second[0].token).not.toBe(first.token);
    expect(second[0].expiresOnTimestamp).toBeGreaterThan(expiry);
    expect(decodeJwt(second[0].token).tid).toBe(CONTOSO);
  });

  it('keeps serving the old token while refreshes fail, until it really expires', async () => {
    fakeClock();
    const file = tokenFilePath();
    await writeWorkloadToken(emulator, file);
    const { identity, logger } = dispatcher({
      mode: 'client-assertion',
      clientId: PORTAL_ID,
      tenantId: CONTOSO,
      tokenFilePath: file,
    });
    const first = await identity.getToken(CONTOSO, ARM_SCOPE);
    const expiry = first.expiresOnTimestamp;

    rmSync(file); // the platform stops writing the assertion
    jest.setSystemTime(expiry - 4 * MINUTE);
    await expect(identity.getToken(CONTOSO, ARM_SCOPE)).resolves.toBe(first);
    expect(logger.warn).toHaveBeenCalledWith(
      `Refreshing the service identity token for tenant ${CONTOSO} failed; the cached one serves until it expires at ${new Date(
        expiry,
      ).toISOString()}. Service identity azureMl.serviceIdentity (mode 'client-assertion') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: the client assertion file ${file} does not exist; check whatever writes it`,
    );

    jest.setSystemTime(expiry + 1000);
    const error = await identity.getToken(CONTOSO, ARM_SCOPE).catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      `Service identity azureMl.serviceIdentity (mode 'client-assertion') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: the client assertion file ${file} does not exist; check whatever writes it`,
    );

    // Once the file is back, the next call recovers.
    await writeWorkloadToken(emulator, file);
    const recovered = await identity.getToken(CONTOSO, ARM_SCOPE);
    expect(recovered.token).not.toBe(first.token);
  });

  it('refuses a tenant that is not in azureMl.tenants, without asking Entra', async () => {
    const { identity } = dispatcher();
    const message = `The portal's service identity does not act in tenant ${UNLISTED_TENANT}: it is not in azureMl.tenants`;
    const error = await identity
      .getToken(UNLISTED_TENANT, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toBe(message);
    expect(() => identity.modeFor(UNLISTED_TENANT)).toThrow(message);
    expect(() => identity.credentialFor(UNLISTED_TENANT)).toThrow(message);
    expect(entraRequests(emulator)).toBe(0);
  });

  it("uses the tenant's own serviceIdentity over the top-level one", async () => {
    const file = tokenFilePath();
    await writeWorkloadToken(emulator, file);
    const { identity, logger } = dispatcher(
      {
        mode: 'workload-identity',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        tokenFilePath: file,
      },
      {
        tenants: [
          { tenantId: CONTOSO },
          { tenantId: FABRIKAM, serviceIdentity: secretIdentity },
        ],
      },
    );
    expect(identity.modeFor(CONTOSO)).toBe('workload-identity');
    expect(identity.modeFor(FABRIKAM)).toBe('client-secret');
    const contoso = decodeJwt(
      (await identity.getToken(CONTOSO, ARM_SCOPE)).token,
    );
    const fabrikam = decodeJwt(
      (await identity.getToken(FABRIKAM, ARM_SCOPE)).token,
    );
    expect([contoso.tid, contoso.appidacr]).toEqual([CONTOSO, '2']);
    expect([fabrikam.tid, fabrikam.appidacr]).toEqual([FABRIKAM, '1']);
    expect(logger.warn).toHaveBeenCalledTimes(1); // the secret, in Fabrikam
  });

  it('refuses a mode no strategy serves, naming the config key', async () => {
    const strategies = buildDefaultServiceIdentityStrategies();
    strategies.delete('client-secret'); // a portal that forbids stored secrets
    const { identity } = dispatcher(
      { mode: 'managed-identity' },
      {
        tenants: [
          { tenantId: CONTOSO },
          { tenantId: FABRIKAM, serviceIdentity: secretIdentity },
        ],
        strategies,
      },
    );
    const message =
      "No service identity strategy serves mode 'client-secret' (azureMl.tenants[1].serviceIdentity.mode); the modes served are workload-identity, managed-identity, client-assertion. Add a strategy through azureMlServiceIdentityStrategiesExtensionPoint, or choose one of these modes.";
    const error = await identity.getToken(FABRIKAM, ARM_SCOPE).catch(e => e);
    expect(error).toBeInstanceOf(NotImplementedError);
    expect(error.message).toBe(message);
    expect(identity.validate().map(e => e.message)).toEqual([message]);
    expect(entraRequests(emulator)).toBe(0);
  });

  it('validates each configured identity once', () => {
    const missing = tokenFilePath();
    const { identity } = dispatcher(
      {
        mode: 'workload-identity',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        tokenFilePath: missing,
      },
      {
        tenants: [
          { tenantId: CONTOSO },
          { tenantId: FABRIKAM },
          {
            tenantId: '11111111-0000-4000-8000-000000000003',
            serviceIdentity: { ...secretIdentity, tenantId: CONTOSO },
          },
        ],
      },
    );
    expect(identity.validate().map(e => e.message)).toEqual([
      `Invalid config at azureMl.serviceIdentity: mode 'workload-identity' reads tokenFilePath ${missing}, which does not exist; check the volume that projects it`,
    ]);
  });

  it('hands Azure SDK clients a TokenCredential that shares the cache', async () => {
    const { identity } = dispatcher();
    const credential = identity.credentialFor(CONTOSO);
    const viaCredential = await credential.getToken(ARM_SCOPE);
    expect(await identity.getToken(CONTOSO, [ARM_SCOPE])).toBe(viaCredential);
    expect(entraRequests(emulator)).toBe(2);

    // After Azure answered 401, invalidate gets a token Entra issues anew.
    identity.invalidate(CONTOSO, ARM_SCOPE);
    const { result: renewed, received } = await withReceivedRequests(() =>
      credential.getToken([ARM_SCOPE]),
    );
    expect(received).toEqual([
      `GET /${CONTOSO}/v2.0/.well-known/openid-configuration`,
      `POST /${CONTOSO}/oauth2/v2.0/token`,
    ]);
    expect(renewed!.token).not.toBe(viaCredential!.token);
  });
});
