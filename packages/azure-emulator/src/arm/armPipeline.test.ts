/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { startTestEmulator } from '../testing/startTestEmulator';
import { userAccessToken } from '../testing/testTokens';
import { demoIds } from '../testing/demoIds';
import { GRAPH_AUDIENCE } from '../entra/firstPartyApis';

describe('the ARM request pipeline', () => {
  let emulator: RunningEmulator;
  const prod = demoIds.subscription('contoso-ml-prod');
  const groups = (subscriptionId = prod) =>
    `${emulator.urls.https}/subscriptions/${subscriptionId}/resourcegroups?api-version=2022-09-01`;
  const get = (url: string, token?: string) =>
    fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  beforeEach(() => emulator.reset());
  afterEach(() => {
    emulator.ctx.now = () => Date.now();
  });
  afterAll(() => emulator.stop());

  it('serves a reader and counts down the read budget in a header', async () => {
    const { token } = await userAccessToken(emulator, demoIds.user('dave'));
    const frozen = Date.now();
    emulator.ctx.now = () => frozen; // no refill between the two calls
    const first = await get(groups(), token);
    expect(first.status).toBe(200);
    expect(
      first.headers.get('x-ms-ratelimit-remaining-subscription-reads'),
    ).toBe('249');
    const second = await get(groups(), token);
    expect(
      second.headers.get('x-ms-ratelimit-remaining-subscription-reads'),
    ).toBe('248');
    expect((await second.json()).value.map((g: any) => g.name).sort()).toEqual([
      'rg-nlp',
      'rg-platform',
      'rg-vision',
    ]);
    emulator.ctx.now = () => Date.now();
  });

  it('throttles past the burst with 429 and Retry-After', async () => {
    const { token } = await userAccessToken(emulator, demoIds.user('dave'));
    const frozen = Date.now();
    emulator.ctx.now = () => frozen; // no refill while the clock stands still
    try {
      for (let i = 0; i < 250; i++)
        expect((await get(groups(), token)).status).toBe(200);
      const throttled = await get(groups(), token);
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('1');
      expect(
        throttled.headers.get('x-ms-ratelimit-remaining-subscription-reads'),
      ).toBe('0');
      expect((await throttled.json()).error.code).toBe(
        'SubscriptionRequestsThrottled',
      );
    } finally {
      emulator.ctx.now = () => Date.now();
    }
  });

  it('answers a missing, expired, wrong-audience or wrong-tenant token as ARM does', async () => {
    const missing = await get(groups());
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain(
      'authorization_uri="https://login.windows.net/',
    );

    const realNow = emulator.ctx.now;
    emulator.ctx.now = () => realNow() - 2 * 3600_000;
    const { token: old } = await userAccessToken(
      emulator,
      demoIds.user('dave'),
    );
    emulator.ctx.now = realNow;
    const expired = await get(groups(), old);
    expect(expired.status).toBe(401);
    expect((await expired.json()).error.code).toBe(
      'ExpiredAuthenticationToken',
    );

    const { token: graph } = await userAccessToken(
      emulator,
      demoIds.user('dave'),
      GRAPH_AUDIENCE,
    );
    const audience = await get(groups(), graph);
    expect((await audience.json()).error).toMatchObject({
      code: 'InvalidAuthenticationTokenAudience',
      message: expect.stringContaining(
        `wrong audience or resource '${GRAPH_AUDIENCE}'`,
      ),
    });

    const { token: contoso } = await userAccessToken(
      emulator,
      demoIds.user('bob'),
    );
    const tenant = await get(
      groups(demoIds.subscription('fabrikam-research')),
      contoso,
    );
    expect(tenant.status).toBe(401);
    expect((await tenant.json()).error.code).toBe(
      'InvalidAuthenticationTokenTenant',
    );

    const forged = await get(groups(), `${old.slice(0, -4)}AAAA`);
    expect((await forged.json()).error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers an unknown subscription with SubscriptionNotFound', async () => {
    const { token } = await userAccessToken(emulator, demoIds.user('dave'));
    const response = await get(
      groups('00000000-0000-4000-8000-000000000000'),
      token,
    );
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('SubscriptionNotFound');
  });

  it('injects server errors at the configured rate', async () => {
    const { token } = await userAccessToken(emulator, demoIds.user('dave'));
    emulator.ctx.faults.serverErrorRate = 1;
    const response = await get(groups(), token);
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe('InternalServerError');
  });
});
