/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError, ServiceUnavailableError } from '@backstage/errors';
import {
  MANAGED_IDENTITY_HEADER,
  MANAGED_IDENTITY_PATH,
} from '@internal/azure-emulator';
import { demoIds, startTestEmulator } from '@internal/azure-emulator/testing';
import { decodeJwt } from 'jose';
import { ServiceIdentityDispatcher } from './ServiceIdentityDispatcher';
import {
  ARM_AUDIENCE,
  ARM_SCOPE,
  CONTOSO,
  FABRIKAM,
  azureMlOnEmulator,
  type Emulator,
} from './__testUtils__/serviceIdentityTestbed';

const PORTAL_MI = demoIds.managedIdentity('backstage-portal-mi');
const VISION_MI = demoIds.managedIdentity('vision-ci-mi');

// Variables that would make the credential pick another managed identity
// source, or a token exchange instead.
const MANAGED_IDENTITY_VARIABLES = [
  'IDENTITY_ENDPOINT',
  'IDENTITY_HEADER',
  'IDENTITY_SERVER_THUMBPRINT',
  'MSI_ENDPOINT',
  'MSI_SECRET',
  'IMDS_ENDPOINT',
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
  'AZURE_FEDERATED_TOKEN_FILE',
];

// msal-node reads the managed identity environment once per process, so this
// lives in a file of its own (Jest gives each file its own module registry).
describe('ManagedIdentityStrategy', () => {
  let emulator: Emulator;
  const saved = { ...process.env };
  beforeAll(async () => {
    emulator = await startTestEmulator();
    for (const name of MANAGED_IDENTITY_VARIABLES) delete process.env[name];
    // The App Service identity endpoint the host would provide.
    process.env.IDENTITY_ENDPOINT = `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`;
    process.env.IDENTITY_HEADER = MANAGED_IDENTITY_HEADER;
  });
  afterAll(async () => {
    process.env = saved;
    await emulator.stop();
  });
  afterEach(() => emulator.reset());

  const dispatcher = (serviceIdentity: object, tenants?: object[]) =>
    new ServiceIdentityDispatcher({
      azureMl: azureMlOnEmulator(emulator, serviceIdentity, tenants),
      logger: mockServices.logger.mock(),
    });

  it("gets an ARM token as the host's identity (backstage-portal-mi on the emulator)", async () => {
    const identity = dispatcher({ mode: 'managed-identity' });
    expect(identity.modeFor(CONTOSO)).toBe('managed-identity');
    const { token } = await identity.getToken(CONTOSO, ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: CONTOSO,
      appid: PORTAL_MI.clientId,
      oid: PORTAL_MI.principalId,
      idtyp: 'app',
    });
  });

  it('picks a user-assigned identity by clientId', async () => {
    const identity = dispatcher({
      mode: 'managed-identity',
      clientId: VISION_MI.clientId,
    });
    const { token } = await identity.getToken(CONTOSO, ARM_SCOPE);
    expect(decodeJwt(token)).toMatchObject({
      aud: ARM_AUDIENCE,
      tid: CONTOSO,
      appid: VISION_MI.clientId,
      oid: VISION_MI.principalId,
    });
  });

  it('refuses to act in another tenant with a managed identity, and says how to fix it', async () => {
    const identity = dispatcher({
      mode: 'managed-identity',
      clientId: PORTAL_MI.clientId,
    });
    const error = await identity.getToken(FABRIKAM, ARM_SCOPE).catch(e => e);
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error.message).toBe(
      `Service identity azureMl.serviceIdentity (mode 'managed-identity') got a token of tenant ${CONTOSO} when tenant ${FABRIKAM} was asked for: a managed identity acts only in its own tenant. Give tenant ${FABRIKAM} its own serviceIdentity in azureMl.tenants.`,
    );
    // The refused token is not cached for Fabrikam: the next call fails too.
    await expect(identity.getToken(FABRIKAM, ARM_SCOPE)).rejects.toThrow(
      error.message,
    );
  });

  it('says which identity the host does not have', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const error = await dispatcher({
      mode: 'managed-identity',
      clientId: unknown,
    })
      .getToken(CONTOSO, ARM_SCOPE)
      .catch(e => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(
      error.message.replace(
        /Correlation ID: [0-9a-f-]{36}/,
        'Correlation ID: <id>',
      ),
    ).toBe(
      `Service identity azureMl.serviceIdentity (mode 'managed-identity') could not get a token for scope ${ARM_SCOPE} in tenant ${CONTOSO}: ManagedIdentityCredential: Authentication failed. Message : Error(s): Not Available - Timestamp: Not Available - Description: Unable to load the requested managed identity: no user-assigned identity has client_id '${unknown}'. - Correlation ID: <id> - Trace ID: Not Available`,
    );
  });
});
