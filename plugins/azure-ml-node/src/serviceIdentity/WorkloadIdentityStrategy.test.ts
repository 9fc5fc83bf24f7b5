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
  PORTAL_SP_CONTOSO,
  PORTAL_SP_FABRIKAM,
  azureMlOnEmulator,
  maskCorrelationId,
  tokenFilePath,
  writeWorkloadToken,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

describe('WorkloadIdentityStrategy (workload identity federation)', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(() => emulator.reset());

  const dispatcher = (file: string) =>
    new ServiceIdentityDispatcher({
      azureMl: azureMlOnEmulator(emulator, {
        mode: 'workload-identity',
        clientId: PORTAL_ID,
        tenantId: CONTOSO,
        tokenFilePath: file,
      }),
      logger: mockServices.logger.mock(),
    });

  it("gets ARM tokens as the portal app in each tenant from the service account's projected token", async () => {
    const file = tokenFilePath();
    await writeWorkloadToken(emulator, file);
    const identity = dispatcher(file);
    expect(identity.modeFor(CONTOSO)).toBe('workload-identity');

    const contoso = await identity.getToken(CONTOSO, ARM_SCOPE);
    expect(decodeJwt(contoso.token)).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: CONTOSO,
      appid: PORTAL_ID,
      oid: PORTAL_SP_CONTOSO,
      idtyp: 'app',
      appidacr: '2', // a client assertion, not a secret
    });

    const fabrikam = await identity.getToken(FABRIKAM, ARM_SCOPE);
    expect(decodeJwt(fabrikam.token)).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: FABRIKAM,
      appid: PORTAL_ID,
      oid: PORTAL_SP_FABRIKAM,
    });
  });

  it('refuses a service account the federated credential does not trust, keeping AADSTS70021', async () => {
    const file = tokenFilePath();
    await writeWorkloadToken(
      emulator,
      file,
      'system:serviceaccount:default:intruder',
    );
    const error = await dispatcher(file)
      .getToken(CONTOSO, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(maskCorrelationId(error.message)).toBe(
      `Service identity azureMl.serviceIdentity (mode 'workload-identity') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: '${emulator.urls.https}/workload-identity'. Assertion Subject: 'system:serviceaccount:default:intruder'. Assertion Audience: 'api://AzureADTokenExchange'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation (correlation id <correlation id>)`,
    );
  });

  it('fails validation, naming the key, when the projected token file does not exist', () => {
    const file = tokenFilePath();
    expect(
      dispatcher(file)
        .validate()
        .map(e => e.message),
    ).toEqual([
      `Invalid config at azureMl.serviceIdentity: mode 'workload-identity' reads tokenFilePath ${file}, which does not exist; check the volume that projects it`,
    ]);
  });
});
