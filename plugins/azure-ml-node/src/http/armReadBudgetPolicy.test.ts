/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { RunningEmulator } from '@internal/azure-emulator';
import {
  demoIds,
  startTestEmulator,
  userCredential,
} from '@internal/azure-emulator/testing';
import { ArmReadBudget } from './ArmReadBudget';
import { azureClientPipelineOptions } from './azureClientPipelineOptions';

/** 20 reads of burst, 20 per second after: 100 reads need at least 4 s. */
const BUDGET = { capacity: 20, refillPerSecond: 20 };
const READS = 100;
const WORKERS = 4;

describe('armReadBudgetPolicy against the emulator', () => {
  let emulator: RunningEmulator;
  const vision = demoIds.workspace('vision');
  const sandbox = demoIds.workspace('sandbox');
  let throttled = 0;
  /** Counts every 429 ARM answers, each try included. */
  const count429: PipelinePolicy = {
    name: 'count429',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status === 429) throttled += 1;
      return response;
    },
  };

  const clientFor = (subscriptionId: string, readBudget?: ArmReadBudget) => {
    const options = azureClientPipelineOptions({ readBudget });
    return new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user('alice')),
      subscriptionId,
      {
        endpoint: emulator.urls.https,
        apiVersion: '2024-10-01',
        ...options,
        additionalPolicies: [
          ...options.additionalPolicies,
          { policy: count429, position: 'perRetry' },
        ],
      },
    );
  };
  const armRequests = () => emulator.ctx.requestCounts.get('arm') ?? 0;

  /** READS gets of mlw-vision, WORKERS at a time, as fast as they go. */
  async function readFast(client: AzureMachineLearningWorkspaces) {
    let left = READS;
    const results: PromiseSettledResult<unknown>[] = [];
    await Promise.all(
      Array.from({ length: WORKERS }, async () => {
        while (left > 0) {
          left -= 1;
          const [result] = await Promise.allSettled([
            client.workspaces.get(vision.resourceGroup, vision.name),
          ]);
          results.push(result);
        }
      }),
    );
    return results;
  }

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(async () => {
    // Warm the token cache of this principal before the budget is set.
    await clientFor(vision.subscriptionId).workspaces.get(
      vision.resourceGroup,
      vision.name,
    );
    emulator.ctx.budgets.setBudgets({
      reads: BUDGET,
      writes: { capacity: 200, refillPerSecond: 10 },
    });
    throttled = 0;
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  it('reads past the burst at the refill rate with no 429', async () => {
    const budget = new ArmReadBudget({ threshold: 10, refillPerSecond: 20 });
    const client = clientFor(vision.subscriptionId, budget);
    const before = armRequests();
    const started = Date.now();
    const results = await readFast(client);
    const elapsedMs = Date.now() - started;

    expect(results.filter(r => r.status === 'rejected')).toEqual([]);
    expect(throttled).toBe(0);
    expect(armRequests() - before).toBe(READS);
    // (100 - 20) / 20 s is the least any client needs; the pace starts
    // with 10 reads left, so it takes about half a second more.
    const floorMs = ((READS - BUDGET.capacity) / BUDGET.refillPerSecond) * 1000;
    expect(elapsedMs).toBeGreaterThanOrEqual(floorMs - 100);
    // Generous: a busy machine only makes each read slower.
    expect(elapsedMs).toBeLessThan(floorMs + 5000);
    expect(budget.remaining(vision.subscriptionId)).toBeLessThan(10);
  });

  it('gets 429s on the same loop without it', async () => {
    const before = armRequests();
    const results = await readFast(clientFor(vision.subscriptionId));
    expect(throttled).toBeGreaterThan(0);
    expect(armRequests() - before).toBe(READS + throttled);
    // Retried after Retry-After; whatever failed, failed throttled.
    for (const r of results.filter(x => x.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        reason: 'throttled',
        azureStatusCode: 429,
      });
    }
  });

  it('paces each subscription on its own', async () => {
    // ARM refills too slowly to matter here, so the remaining reads it
    // reports do not depend on how fast this machine is.
    emulator.ctx.budgets.setBudgets({
      reads: { capacity: 20, refillPerSecond: 0.001 },
      writes: BUDGET,
    });
    const budget = new ArmReadBudget({ threshold: 10, refillPerSecond: 1 });
    const prod = clientFor(vision.subscriptionId, budget);
    for (let i = 0; i < 11; i++) {
      await prod.workspaces.get(vision.resourceGroup, vision.name);
    }
    // 9 left in prod: its next read waits for a slot, one per second.
    expect(budget.remaining(vision.subscriptionId)).toBe(9);
    let started = Date.now();
    await prod.workspaces.get(vision.resourceGroup, vision.name);
    await prod.workspaces.get(vision.resourceGroup, vision.name);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    // The dev subscription has its own budget: not paced.
    const dev = clientFor(sandbox.subscriptionId, budget);
    started = Date.now();
    await dev.workspaces.get(sandbox.resourceGroup, sandbox.name);
    await dev.workspaces.get(sandbox.resourceGroup, sandbox.name);
    // A paced read would wait a whole second.
    expect(Date.now() - started).toBeLessThan(950);
    expect(budget.remaining(sandbox.subscriptionId)).toBe(18);
    expect(throttled).toBe(0);
  });

  it('gives up a paced wait when the caller aborts', async () => {
    const budget = new ArmReadBudget({ threshold: 30, refillPerSecond: 0.1 });
    const client = clientFor(vision.subscriptionId, budget);
    await client.workspaces.get(vision.resourceGroup, vision.name);
    await client.workspaces.get(vision.resourceGroup, vision.name);
    const before = armRequests();
    const started = Date.now();
    const error = await client.workspaces
      .get(vision.resourceGroup, vision.name, {
        abortSignal: AbortSignal.timeout(300),
      })
      .catch(e => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toMatchObject({
      name: 'AbortError',
      message: "The request was aborted while it waited for ARM's read budget",
    });
    expect(armRequests() - before).toBe(0);
  });

  it('refuses numbers that cannot pace', () => {
    expect(() => new ArmReadBudget({ refillPerSecond: 0 })).toThrow(
      'ARM read budget refillPerSecond must be a number above 0, got 0',
    );
    expect(() => new ArmReadBudget({ threshold: -1 })).toThrow(
      'ARM read budget threshold must be a number of 0 or more, got -1',
    );
  });
});
