/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { stringifyEntityRef } from '@backstage/catalog-model';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import {
  CONTOSO,
  DEV,
  PROD,
  RecordingConnection,
  recordingLogger,
  startCatalogModule,
} from '../__testUtils__/startCatalogModule';

describe('two scopes, one of them failing', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  afterEach(async () => {
    await stop?.();
    emulator.reset();
  });

  const refsOf = (connection: RecordingConnection, n: number) =>
    connection.mutations[n].entities
      .map(e => stringifyEntityRef(e.entity))
      .sort();

  it('under 30% injected 429/5xx on one subscription, the other scope updates and the failing one keeps its entities', async () => {
    const started = await startCatalogModule(emulator.urls.https, {
      prod: {
        tenantId: CONTOSO,
        subscriptions: [PROD],
        defaultOwner: 'group:default/platform-team',
      },
      dev: {
        tenantId: CONTOSO,
        subscriptions: [DEV],
        defaultOwner: 'group:default/platform-team',
      },
    });
    stop = () => started.backend.stop();
    const [prod, dev] = started.providers;
    expect([prod.getProviderName(), dev.getProviderName()]).toEqual([
      'AzureMlEntityProvider:prod',
      'AzureMlEntityProvider:dev',
    ]);
    const prodConnection = new RecordingConnection();
    const devConnection = new RecordingConnection();
    await prod.connect(prodConnection);
    await dev.connect(devConnection);

    // A clean first run of both: what each scope holds.
    expect(await prod.run()).toBe(true);
    expect(await dev.run()).toBe(true);
    const prodClean = refsOf(prodConnection, 0);
    const devClean = refsOf(devConnection, 0);
    expect(prodClean.length).toBeGreaterThan(0);
    expect(devClean.length).toBeGreaterThan(0);

    Object.assign(emulator.ctx.faults, {
      subscriptions: [PROD],
      throttleRate: 0.15,
      serverErrorRate: 0.15,
      throttleRetryAfterSeconds: 1,
    });
    const armBefore = emulator.ctx.requestCounts.get('arm') ?? 0;
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { logger, lines } = recordingLogger();
      const before = prodConnection.mutations.length;
      const prodApplied = await prod.run(logger);
      expect(await dev.run()).toBe(true);
      // The healthy scope always updates, completely.
      expect(refsOf(devConnection, devConnection.mutations.length - 1)).toEqual(
        devClean,
      );
      const logged = lines.some(
        l => l.level === 'error' && JSON.stringify(l).includes(PROD),
      );
      const applied = prodConnection.mutations.length - before;
      // Either retries got through every fault and the mutation is complete,
      // or nothing was applied (the previous entities stay) and the cause is
      // logged with the subscription.
      outcomes.push(
        prodApplied && applied === 1
          ? `complete: ${
              JSON.stringify(refsOf(prodConnection, before)) ===
              JSON.stringify(prodClean)
            }`
          : `held back: ${applied === 0}, logged: ${logged}`,
      );
    }
    expect(
      outcomes.filter(
        o => o !== 'complete: true' && o !== 'held back: true, logged: true',
      ),
    ).toEqual([]);
    // Faults were really injected into prod's reads.
    expect(
      (emulator.ctx.requestCounts.get('arm') ?? 0) - armBefore,
    ).toBeGreaterThan(0);
    // No mutation of prod ever held fewer entities than the clean run.
    for (let n = 0; n < prodConnection.mutations.length; n++) {
      expect(refsOf(prodConnection, n)).toEqual(prodClean);
    }
  }, 120_000);
});
