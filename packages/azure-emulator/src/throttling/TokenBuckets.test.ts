/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ARM_BUDGETS, TokenBuckets } from './TokenBuckets';

describe('TokenBuckets', () => {
  it("allows ARM's burst, then refills at its rate, per subscription and principal", () => {
    let now = 0;
    const buckets = new TokenBuckets(ARM_BUDGETS, () => now);
    for (let i = 0; i < 250; i++) {
      expect(buckets.take('s1', 'p1', 'reads')).toEqual({
        allowed: true,
        remaining: 249 - i,
      });
    }
    expect(buckets.take('s1', 'p1', 'reads')).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 1,
    });
    // Other principals, subscriptions and kinds have budgets of their own.
    expect(buckets.take('s1', 'p2', 'reads').allowed).toBe(true);
    expect(buckets.take('s2', 'p1', 'reads').allowed).toBe(true);
    expect(buckets.take('s1', 'p1', 'writes')).toEqual({
      allowed: true,
      remaining: 199,
    });

    now = 1000; // 25 reads/s refill
    for (let i = 0; i < 25; i++)
      expect(buckets.take('s1', 'p1', 'reads').allowed).toBe(true);
    expect(buckets.take('s1', 'p1', 'reads').allowed).toBe(false);
  });

  it('asks for a longer wait when the refill is slow', () => {
    const buckets = new TokenBuckets(
      {
        reads: { capacity: 1, refillPerSecond: 0.2 },
        writes: ARM_BUDGETS.writes,
      },
      () => 0,
    );
    buckets.take('s', 'p', 'reads');
    expect(buckets.take('s', 'p', 'reads')).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterSeconds: 5,
    });
  });
});
