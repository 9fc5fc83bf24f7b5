/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC } from '@azure-ml-backstage/plugin-azure-ml-node';
import { mockServices } from '@backstage/backend-test-utils';
import { RecordingLogger } from '../__testUtils__/actionsTestHarness';
import { AssetChangeNotifier } from './AssetChangeNotifier';

const WORKSPACE_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

describe('AssetChangeNotifier', () => {
  it('waits for the subscribers to take the event', async () => {
    const events = mockServices.events();
    const received: unknown[] = [];
    await events.subscribe({
      id: 'catalog',
      topics: [AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC],
      onEvent: async ({ eventPayload }) => {
        await new Promise(resolve => setTimeout(resolve, 50));
        received.push(eventPayload);
      },
    });
    const logger = new RecordingLogger();
    await new AssetChangeNotifier({ events }).workspaceAssetsChanged(
      WORKSPACE_ID,
      logger,
    );
    expect(received).toEqual([{ workspaceId: WORKSPACE_ID }]);
    expect(logger.lines).toEqual([
      {
        level: 'info',
        message: `Told the catalog that workspace ${WORKSPACE_ID} changed`,
      },
    ]);
  });

  it('holds the step up no longer than it may, while a subscriber is still reading', async () => {
    const events = mockServices.events();
    let finish = () => {};
    await events.subscribe({
      id: 'catalog',
      topics: [AZURE_ML_WORKSPACE_ASSETS_CHANGED_TOPIC],
      onEvent: () => new Promise<void>(resolve => (finish = resolve)),
    });
    const logger = new RecordingLogger();
    const started = Date.now();
    await new AssetChangeNotifier({
      events,
      publishWaitMs: 100,
    }).workspaceAssetsChanged(WORKSPACE_ID, logger);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(logger.lines.map(l => l.message)).toEqual([
      `Told the catalog that workspace ${WORKSPACE_ID} changed; it is still reading it`,
    ]);
    finish();
  });

  it('announces nothing without an events service', async () => {
    const logger = new RecordingLogger();
    await new AssetChangeNotifier({}).workspaceAssetsChanged(
      WORKSPACE_ID,
      logger,
    );
    expect(logger.lines).toEqual([]);
  });
});
