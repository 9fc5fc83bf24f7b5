/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigReader } from '@backstage/config';
import { readAzureMlConfig } from './config';
import { onBehalfOfClientCredential } from './identity';

const PORTAL = '44444444-0000-4000-8000-000000000001';

const read = (credential: object) =>
  readAzureMlConfig(
    new ConfigReader({
      azureMl: {
        portalApp: { clientId: PORTAL, credential },
        tenants: [{ tenantId: '11111111-0000-4000-8000-000000000001' }],
        serviceIdentity: { mode: 'managed-identity' },
      },
    }),
  ).portalApp.credential;

describe("the portal app's on-behalf-of credential", () => {
  it('reads a client secret and hands it to the exchange', () => {
    const credential = read({ mode: 'client-secret', clientSecret: 's3cret' });
    expect(credential).toEqual({
      mode: 'client-secret',
      clientSecret: 's3cret',
    });
    expect(onBehalfOfClientCredential(credential!)).toEqual({
      clientSecret: 's3cret',
    });
  });

  it('reads a federated token file on every exchange, since it rotates', async () => {
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'obo-')),
      'token',
    );
    writeFileSync(file, 'first\n');
    const credential = read({ mode: 'workload-identity', tokenFilePath: file });
    const client = onBehalfOfClientCredential(credential!);
    if (!('getAssertion' in client)) throw new Error('expected an assertion');
    expect(await client.getAssertion()).toBe('first');
    writeFileSync(file, 'second');
    expect(await client.getAssertion()).toBe('second');
  });

  it.each([
    [
      { mode: 'certificate' },
      "Invalid config at azureMl.portalApp.credential.mode: 'certificate' is not one of workload-identity, client-secret",
    ],
    [
      { mode: 'client-secret' },
      "Missing config at azureMl.portalApp.credential.clientSecret: mode 'client-secret' needs it",
    ],
    [
      { mode: 'workload-identity', clientSecret: 'x', tokenFilePath: '/t' },
      "Invalid config at azureMl.portalApp.credential.clientSecret: mode 'workload-identity' does not use clientSecret; remove it or choose the mode that does",
    ],
  ])('refuses %j at start-up, naming the key', (credential, message) => {
    expect(() => read(credential)).toThrow(message);
  });

  it('is absent when not configured', () => {
    expect(
      readAzureMlConfig(
        new ConfigReader({
          azureMl: {
            portalApp: { clientId: PORTAL },
            tenants: [{ tenantId: '11111111-0000-4000-8000-000000000001' }],
            serviceIdentity: { mode: 'managed-identity' },
          },
        }),
      ).portalApp.credential,
    ).toBeUndefined();
  });
});
