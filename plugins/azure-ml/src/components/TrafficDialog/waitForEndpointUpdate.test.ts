/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlEndpointProvisioningState,
  AzureMlOnlineEndpoint,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { workspace } from '../../__testUtils__';
import { waitForEndpointUpdate } from './waitForEndpointUpdate';

function endpoint(
  provisioningState: AzureMlEndpointProvisioningState,
): AzureMlOnlineEndpoint {
  return {
    id: '/subscriptions/x/onlineEndpoints/defect-classifier',
    name: 'defect-classifier',
    authMode: 'Key',
    scoringUri:
      'https://defect-classifier.westeurope.inference.ml.azure.com/score',
    provisioningState,
    traffic: { blue: 80, green: 20 },
    deployments: [],
    tags: {},
    studioUrl:
      'https://ml.azure.com/endpoints/realtime/defect-classifier/detail',
  };
}

/** Lets the awaited promises of the loop settle between timer steps. */
async function advance(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('waitForEndpointUpdate', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reads the endpoint every 2 s until Azure reports Succeeded', async () => {
    const states: AzureMlEndpointProvisioningState[] = [
      'Updating',
      'Succeeded',
    ];
    const getEndpoint = jest.fn(async () => endpoint(states.shift()!));
    const progress: string[] = [];
    const done = waitForEndpointUpdate({
      api: { getEndpoint },
      workspace,
      endpoint: endpoint('Updating'),
      onProgress: e => progress.push(e.provisioningState),
    });

    await advance(1_999);
    expect(getEndpoint).not.toHaveBeenCalled();
    await advance(1);
    expect(getEndpoint).toHaveBeenCalledTimes(1);
    expect(getEndpoint).toHaveBeenCalledWith(workspace, 'defect-classifier');
    await advance(2_000);

    await expect(done).resolves.toMatchObject({
      outcome: 'succeeded',
      endpoint: { provisioningState: 'Succeeded' },
    });
    expect(getEndpoint).toHaveBeenCalledTimes(2);
    expect(progress).toEqual(['Updating', 'Succeeded']);
  });

  it('does not wait when the answer already is final', async () => {
    const getEndpoint = jest.fn();
    await expect(
      waitForEndpointUpdate({
        api: { getEndpoint },
        workspace,
        endpoint: endpoint('Succeeded'),
      }),
    ).resolves.toMatchObject({ outcome: 'succeeded' });
    expect(getEndpoint).not.toHaveBeenCalled();
  });

  it.each<AzureMlEndpointProvisioningState>(['Failed', 'Canceled'])(
    'ends as failed when Azure reports %s',
    async state => {
      const getEndpoint = jest.fn(async () => endpoint(state));
      const done = waitForEndpointUpdate({
        api: { getEndpoint },
        workspace,
        endpoint: endpoint('Updating'),
      });
      await advance(2_000);
      await expect(done).resolves.toMatchObject({
        outcome: 'failed',
        endpoint: { provisioningState: state },
      });
    },
  );

  it('gives up after 2 minutes', async () => {
    const getEndpoint = jest.fn(async () => endpoint('Updating'));
    let result: unknown;
    waitForEndpointUpdate({
      api: { getEndpoint },
      workspace,
      endpoint: endpoint('Updating'),
    }).then(r => {
      result = r;
    });
    await advance(119_999);
    expect(result).toBeUndefined();
    await advance(1);
    expect(result).toMatchObject({ outcome: 'timedOut' });
    expect(getEndpoint).toHaveBeenCalledTimes(60);
    await advance(10_000);
    expect(getEndpoint).toHaveBeenCalledTimes(60);
  });

  it('ends with the error when reading the endpoint fails', async () => {
    const getEndpoint = jest.fn(async () => {
      throw new Error('Service unavailable');
    });
    const done = waitForEndpointUpdate({
      api: { getEndpoint },
      workspace,
      endpoint: endpoint('Updating'),
    });
    const failure = done.then(
      () => undefined,
      (error: Error) => error,
    );
    await advance(2_000);
    expect(await failure).toMatchObject({ message: 'Service unavailable' });
  });

  it('stops reading once aborted', async () => {
    const getEndpoint = jest.fn(async () => endpoint('Updating'));
    const controller = new AbortController();
    const done = waitForEndpointUpdate({
      api: { getEndpoint },
      workspace,
      endpoint: endpoint('Updating'),
      signal: controller.signal,
    });
    const aborted = done.then(
      () => undefined,
      (error: Error) => error,
    );
    await advance(2_000);
    controller.abort();
    expect(await aborted).toMatchObject({ name: 'AbortError' });
    await advance(10_000);
    expect(getEndpoint).toHaveBeenCalledTimes(1);
  });
});
