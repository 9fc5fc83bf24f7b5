/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { startTestEmulator } from '@internal/azure-emulator/testing';
import {
  CONTOSO,
  DEV,
  startCatalogModule,
} from './__testUtils__/startCatalogModule';

describe('catalogModuleAzureMl', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it('adds one provider per configured id, with its schedule', async () => {
    const { backend, providers, schedules, tasks } = await startCatalogModule(
      emulator.urls.https,
      {
        prod: {
          tenantId: CONTOSO,
          defaultOwner: 'group:default/platform-team',
        },
        dev: {
          tenantId: CONTOSO,
          subscriptions: [DEV],
          defaultOwner: 'platform-team',
          schedule: { frequency: { minutes: 5 }, timeout: { minutes: 2 } },
        },
      },
    );
    try {
      expect(providers.map(p => p.getProviderName())).toEqual([
        'AzureMlEntityProvider:prod',
        'AzureMlEntityProvider:dev',
      ]);
      expect(schedules).toEqual([
        {
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 15 },
        },
        { frequency: { minutes: 5 }, timeout: { minutes: 2 } },
      ]);
      // The catalog connects providers once it starts; before, run refuses.
      await expect(providers[0].run()).rejects.toThrow('Not initialized');
      expect(tasks).toEqual([]);
    } finally {
      await backend.stop();
    }
  });

  it('fails startup naming the key when a provider is misconfigured', async () => {
    await expect(
      startCatalogModule(emulator.urls.https, {
        prod: {
          tenantId: '11111111-0000-4000-8000-00000000dead',
          defaultOwner: 'group:default/platform-team',
        },
      }),
    ).rejects.toThrow(
      /Invalid config catalog\.providers\.azureMl\.prod\.tenantId: '11111111-0000-4000-8000-00000000dead' is not one of azureMl\.tenants/,
    );
  });
});
