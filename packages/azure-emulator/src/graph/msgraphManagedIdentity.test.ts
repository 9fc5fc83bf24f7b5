/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  MicrosoftGraphClient,
  readMicrosoftGraphOrg,
} from '@backstage/plugin-catalog-backend-module-msgraph';
import {
  MANAGED_IDENTITY_HEADER,
  MANAGED_IDENTITY_PATH,
  type RunningEmulator,
} from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { demoIds } from '../testing/demoIds';

type ReadOptions = Parameters<typeof readMicrosoftGraphOrg>[2];
const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silentLogger,
} as unknown as ReadOptions['logger'];

// msal-node reads the managed identity environment once per process, so this
// lives in a file of its own (Jest gives each file its own module registry).
describe('the msgraph module with its own credential', () => {
  let emulator: RunningEmulator;
  const saved = { ...process.env };

  beforeAll(async () => {
    emulator = await startTestEmulator();
    process.env.IDENTITY_ENDPOINT = `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`;
    process.env.IDENTITY_HEADER = MANAGED_IDENTITY_HEADER;
  });
  afterAll(async () => {
    process.env = saved;
    await emulator.stop();
  });

  it('ingests through DefaultAzureCredential and the managed identity, configured as in app-config', async () => {
    // No clientId/clientSecret: the module falls back to DefaultAzureCredential,
    // whose managed identity needs no instance discovery at Microsoft's hosts.
    const client = MicrosoftGraphClient.create({
      id: 'contoso',
      target: `${emulator.urls.https}/v1.0`,
      authority: emulator.urls.https,
      tenantId: demoIds.tenant('contoso'),
    });
    const { users, groups } = await readMicrosoftGraphOrg(
      client,
      demoIds.tenant('contoso'),
      {
        logger: silentLogger,
      },
    );
    expect(users.map(u => u.spec.profile?.email)).toEqual(
      ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'].map(
        k => `${k}@contoso.onmicrosoft.com`,
      ),
    );
    expect(groups.map(g => g.spec.profile?.displayName).sort()).toEqual([
      'Contoso ML',
      'ml-readers',
      'platform-team',
      'team-nlp',
      'team-vision',
    ]);
  });
});
