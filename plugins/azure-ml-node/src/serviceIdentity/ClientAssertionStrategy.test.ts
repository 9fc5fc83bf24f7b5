/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { writeFileSync } from 'node:fs';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthenticationError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
import {
  ARM_AUDIENCE,
  ARM_SCOPE,
  CONTOSO,
  FABRIKAM,
  PORTAL_ID,
  PORTAL_SP_CONTOSO,
  PORTAL_SP_FABRIKAM,
  azureMlOnEmulator,
  maskCorrelationId,
  tokenFilePath,
  writeWorkloadToken,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

describe('ClientAssertionStrategy', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const dispatcher = (file: string) =>
    new ServiceIdentityDispatcher({
      azureMl: azureMlOnEmulator(emulator, {
        mode: 'client-assertion',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        tokenFilePath: file,
      }),
      logger: mockServices.logger.mock(),
    });

  const failure = (message: string) =>
    `Service identity azureMl.serviceIdentity (mode 'client-assertion') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: ${message}`;

  it('gets ARM tokens as the portal app in each tenant with the assertion in the file', async () => {
    const file = tokenFilePath();
    await writeWorkloadToken(emulator, file);
    const identity = dispatcher(file);
    expect(identity.modeFor(FABRIKAM)).toBe('client-assertion');
    expect(identity.validate()).toEqual([]);

    const contoso = await identity.getToken(CONTOSO, ARM_SCOPE);
    expect(decodeJwt(contoso.token)).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: CONTOSO,
      appid: PORTAL_ID,
      oid: PORTAL_SP_CONTOSO,
      appidacr: '2',
    });
    const fabrikam = await identity.getToken(FABRIKAM, ARM_SCOPE);
    expect(decodeJwt(fabrikam.token)).toMatchObject({
      tid: FABRIKAM,
      oid: PORTAL_SP_FABRIKAM,
    });
  });

  it('reads the file again for every token request, since the platform rotates it', async () => {
    const file = tokenFilePath();
    await writeWorkloadToken(emulator, file);
    const identity = dispatcher(file);
    await identity.getToken(CONTOSO, ARM_SCOPE);

    // The platform rotates the file; this one is for a subject Entra does not
    // trust. The next request of the same credential (another scope) reads it.
    await writeWorkloadToken(
      emulator,
      file,
      'system:serviceaccount:default:other',
    );
    const error = await identity
      .getToken(CONTOSO, 'https://ml.azure.com/.default')
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(maskCorrelationId(error.message)).toBe(
      `Service identity azureMl.serviceIdentity (mode 'client-assertion') could not get a token for scope https://ml.azure.com/.default in tenant ${CONTOSO}: AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: '${emulator.urls.https}/workload-identity'. Assertion Subject: 'system:serviceaccount:default:other'. Assertion Audience: 'api://AzureADTokenExchange'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation (correlation id <correlation id>)`,
    );
  });

  it('says which file is missing', async () => {
    const file = tokenFilePath();
    const error = await dispatcher(file)
      .getToken(CONTOSO, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      failure(
        `the client assertion file ${file} does not exist; check whatever writes it`,
      ),
    );
    expect(
      dispatcher(file)
        .validate()
        .map(e => e.message),
    ).toEqual([
      `Invalid config at azureMl.serviceIdentity: mode 'client-assertion' reads tokenFilePath ${file}, which does not exist; check the volume that projects it`,
    ]);
  });

  it('says the assertion in the file expired, without asking Entra', async () => {
    const file = tokenFilePath();
    const realNow = emulator.ctx.now;
    const issuedAt = Date.now() - 2 * 3600_000;
    emulator.ctx.now = () => issuedAt;
    try {
      await writeWorkloadToken(emulator, file); // lives an hour
    } finally {
      emulator.ctx.now = realNow;
    }
    const expiredAt = new Date(
      (Math.floor(issuedAt / 1000) + 3600) * 1000,
    ).toISOString();
    const identity = dispatcher(file);
    const error = await identity.getToken(CONTOSO, ARM_SCOPE).catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error.message).toBe(
      failure(
        `the client assertion in ${file} expired at ${expiredAt}; whatever writes that file has stopped refreshing it`,
      ),
    );
  });

  it('says the file is empty', async () => {
    const file = tokenFilePath();
    writeFileSync(file, '\n');
    const error = await dispatcher(file)
      .getToken(CONTOSO, ARM_SCOPE)
      .catch(e => e);
    expect(error.message).toBe(
      failure(`the client assertion file ${file} is empty`),
    );
  });

  it("keeps Entra's refusal of an assertion that is not a JWT", async () => {
    const file = tokenFilePath();
    writeFileSync(file, 'not-a-jwt');
    const error = await dispatcher(file)
      .getToken(CONTOSO, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(maskCorrelationId(error.message)).toBe(
      failure(
        'AADSTS50027: JWT token is invalid or malformed. (correlation id <correlation id>)',
      ),
    );
  });
});
