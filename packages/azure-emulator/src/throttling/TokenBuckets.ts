/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** Whether a request is a read or a write, for ARM's separate budgets. */
export type RequestKind = 'reads' | 'writes';

/** ARM's per-subscription, per-principal budgets (burst, refill per second). */
export const ARM_BUDGETS: Record<
  RequestKind,
  { capacity: number; refillPerSecond: number }
> = {
  reads: { capacity: 250, refillPerSecond: 25 },
  writes: { capacity: 200, refillPerSecond: 10 },
};

type Bucket = { tokens: number; updatedMs: number };

/** The outcome of taking one token: remaining tokens, or how long to wait. */
export type Take =
  | { allowed: true; remaining: number }
  | { allowed: false; remaining: 0; retryAfterSeconds: number };

/** Token buckets keyed by subscription, principal and request kind. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private budgets: typeof ARM_BUDGETS;

  constructor(
    private readonly defaults = ARM_BUDGETS,
    private readonly now: () => number = Date.now,
  ) {
    this.budgets = defaults;
  }

  /** Replaces the budgets (tests and benchmarks); `reset()` restores them. */
  setBudgets(budgets: typeof ARM_BUDGETS) {
    this.budgets = budgets;
    this.buckets.clear();
  }

  take(subscriptionId: string, principalId: string, kind: RequestKind): Take {
    const { capacity, refillPerSecond } = this.budgets[kind];
    const key = `${subscriptionId.toLowerCase()}|${principalId}|${kind}`;
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? {
      tokens: capacity,
      updatedMs: nowMs,
    };
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * refillPerSecond,
    );
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      return {
        allowed: false,
        remaining: 0,
        retryAfterSeconds: Math.max(
          1,
          Math.ceil((1 - bucket.tokens) / refillPerSecond),
        ),
      };
    }
    bucket.tokens -= 1;
    return { allowed: true, remaining: Math.floor(bucket.tokens) };
  }

  reset() {
    this.budgets = this.defaults;
    this.buckets.clear();
  }
}
