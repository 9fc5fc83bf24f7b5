/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';

const SUBSCRIPTION = '55555555-0000-4000-8000-000000000001';

describe('the emulator server', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  it('answers over TLS that this process trusts, with ARM correlation headers', async () => {
    const response = await fetch(
      `${emulator.urls.https}/subscriptions/${SUBSCRIPTION}/resourcegroups?api-version=2022-09-01`,
      { headers: { 'x-ms-client-request-id': 'client-1' } },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('x-ms-correlation-request-id')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
    expect(response.headers.get('x-ms-client-request-id')).toBe('client-1');
    expect(await response.json()).toEqual({
      error: {
        code: 'AuthenticationFailed',
        message:
          "Authentication failed. The 'Authorization' header is missing.",
      },
    });
  });

  it('refuses an api-version the provider does not serve', async () => {
    const response = await fetch(
      `${emulator.urls.https}/subscriptions/${SUBSCRIPTION}/providers/Microsoft.MachineLearningServices/workspaces?api-version=2019-01-01`,
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: 'InvalidApiVersionParameter',
      message:
        "The api-version '2019-01-01' is invalid. The supported versions are '2022-10-01,2024-04-01,2024-10-01,2025-09-01'.",
    });
  });

  it('answers a malformed JSON body with 400 InvalidRequestContent', async () => {
    const response = await fetch(`${emulator.urls.https}/admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"latencyMs": ',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('InvalidRequestContent');
  });

  it('validates fault settings on the admin API and applies latency', async () => {
    const bad = await fetch(`${emulator.urls.https}/admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 'slow', bogus: 1 }),
    });
    expect(bad.status).toBe(400);
    expect(emulator.ctx.faults.latencyMs).toBe(0);

    await fetch(`${emulator.urls.https}/admin/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: 200 }),
    });
    const started = Date.now();
    await fetch(
      `${emulator.urls.https}/subscriptions/${SUBSCRIPTION}?api-version=2022-09-01`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);

    await fetch(`${emulator.urls.https}/admin/reset`, { method: 'POST' });
    expect(emulator.ctx.faults.latencyMs).toBe(0);
  });

  it('sets ARM budgets through the admin API, validated, and a reset restores them', async () => {
    const put = (body: unknown) =>
      fetch(`${emulator.urls.https}/admin/budgets`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (await put({ reads: { capacity: -1, refillPerSecond: 1 } })).status,
    ).toBe(400);
    expect(emulator.ctx.budgets.take('s', 'p', 'reads')).toEqual({
      allowed: true,
      remaining: 249,
    });

    const one = { capacity: 1, refillPerSecond: 0.001 };
    expect((await put({ reads: one, writes: one })).status).toBe(200);
    expect(emulator.ctx.budgets.take('s', 'p', 'reads').allowed).toBe(true);
    expect(emulator.ctx.budgets.take('s', 'p', 'reads').allowed).toBe(false);

    emulator.reset();
    expect(emulator.ctx.budgets.take('s', 'p', 'reads')).toEqual({
      allowed: true,
      remaining: 249,
    });
  });
});
