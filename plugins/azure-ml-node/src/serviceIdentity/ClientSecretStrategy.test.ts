/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mockServices } from '@backstage/backend-test-utils';
import { AuthenticationError } from '@backstage/errors';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
import {
  ARM_AUDIENCE,
  ARM_SCOPE,
  CONTOSO,
  FABRIKAM,
  PORTAL_ID,
  PORTAL_SECRET,
  PORTAL_SP_CONTOSO,
  PORTAL_SP_FABRIKAM,
  azureMlOnEmulator,
  maskCorrelationId,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

describe('ClientSecretStrategy (the last resort)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const dispatcher = (clientSecret: string) => {
    const logger = mockServices.logger.mock();
    const identity = new ServiceIdentityDispatcher({
      azureMl: azureMlOnEmulator(emulator, {
        mode: 'client-secret',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        clientSecret,
      }),
      logger,
    });
    return { identity, logger };
  };

  const warning = (tenantId: string) =>
    `The portal acts as itself in tenant ${tenantId} with a client secret of app ${PORTAL_ID}: a stored secret is the last resort. Prefer mode 'workload-identity' (workload identity federation) or 'managed-identity', which store no secret.`;

  it('gets ARM tokens as the portal app in each tenant', async () => {
    const { identity } = dispatcher(PORTAL_SECRET);
    expect(identity.modeFor(CONTOSO)).toBe('client-secret');
    expect(
      decodeJwt((await identity.getToken(CONTOSO, ARM_SCOPE)).token),
    ).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: CONTOSO,
      appid: PORTAL_ID,
      oid: PORTAL_SP_CONTOSO,
      appidacr: '1', // a client secret
    });
    expect(
      decodeJwt((await identity.getToken(FABRIKAM, ARM_SCOPE)).token),
    ).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: FABRIKAM,
      appid: PORTAL_ID,
      oid: PORTAL_SP_FABRIKAM,
    });
  });

  it('warns once per tenant when the secret is first used, never quoting it', async () => {
    const { identity, logger } = dispatcher(PORTAL_SECRET);
    expect(logger.warn).not.toHaveBeenCalled(); // not before first use
    for (let i = 0; i < 3; i++) {
      await Promise.all([
        identity.getToken(CONTOSO, ARM_SCOPE),
        identity.getToken(CONTOSO, 'https://ml.azure.com/.default'),
      ]);
      identity.invalidate(CONTOSO, ARM_SCOPE);
    }
    expect(logger.warn).toHaveBeenCalledTimes(1);
    await identity.getToken(FABRIKAM, ARM_SCOPE);
    expect(logger.warn.mock.calls).toEqual([
      [
        warning(CONTOSO),
        { tenantId: CONTOSO, clientId: PORTAL_ID, mode: 'client-secret' },
      ],
      [
        warning(FABRIKAM),
        { tenantId: FABRIKAM, clientId: PORTAL_ID, mode: 'client-secret' },
      ],
    ]);
    const everything = JSON.stringify([
      logger.warn.mock.calls,
      logger.info.mock.calls,
      logger.debug.mock.calls,
      logger.error.mock.calls,
    ]);
    expect(everything).not.toContain(PORTAL_SECRET);
  });

  it('refuses a wrong secret, keeping AADSTS7000215 and never quoting the secret', async () => {
    const { identity } = dispatcher('not-the-portal-secret');
    const error = await identity.getToken(CONTOSO, ARM_SCOPE).catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(maskCorrelationId(error.message)).toBe(
      `Service identity azureMl.serviceIdentity (mode 'client-secret') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${PORTAL_ID}'. (correlation id <correlation id>)`,
    );
    expect(error.message).not.toContain('not-the-portal-secret');
  });
});
