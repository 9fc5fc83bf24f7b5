/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/**
 * The numbers of an {@link ArmReadBudget}.
 *
 * @public
 */
export type ArmReadBudgetOptions = {
  /**
   * Below this many remaining reads (as ARM's
   * `x-ms-ratelimit-remaining-subscription-reads` says), the reads of that
   * subscription are paced; the reads left are the margin for requests
   * already in flight.
   * @defaultValue 50
   */
  threshold?: number;
  /**
   * How many reads per second ARM gives back to a subscription's budget;
   * paced reads leave no faster than this.
   * @defaultValue 25
   */
  refillPerSecond?: number;
};

type SubscriptionBudget = {
  /** The remaining reads ARM reported last. */
  remaining: number;
  /** When the next paced read may leave, in ms since the epoch. */
  nextSlotMs: number;
};

/**
 * ARM's read budget of each subscription, as one principal sees it: ARM
 * allows a principal a burst of reads per subscription (250) refilled at a
 * steady rate (25/s) and answers 429 once it is spent. An `ArmReadBudget`
 * remembers the remaining reads ARM reported for each subscription and,
 * while they are below `threshold`, hands out read slots no faster than
 * `refillPerSecond`, so the budget never runs out.
 *
 * @remarks
 *
 * Share one instance between every client of one principal (one service
 * identity, one process): ARM counts the reads of all of them together. It
 * is used through {@link armReadBudgetPolicy}, or the `readBudget` option of
 * {@link azureClientPipelineOptions}.
 *
 * @public
 */
export class ArmReadBudget {
  readonly threshold: number;
  readonly refillPerSecond: number;
  readonly #subscriptions = new Map<string, SubscriptionBudget>();
  readonly #now: () => number;

  /**
   * @param options - The threshold and refill rate; ARM's defaults otherwise.
   * @param now - The clock, in ms (tests).
   * @throws InputError when a number is not positive.
   */
  constructor(
    options: ArmReadBudgetOptions = {},
    now: () => number = Date.now,
  ) {
    this.threshold = options.threshold ?? 50;
    this.refillPerSecond = options.refillPerSecond ?? 25;
    if (!Number.isFinite(this.threshold) || this.threshold < 0) {
      throw new InputError(
        `ARM read budget threshold must be a number of 0 or more, got ${this.threshold}`,
      );
    }
    if (!Number.isFinite(this.refillPerSecond) || this.refillPerSecond <= 0) {
      throw new InputError(
        `ARM read budget refillPerSecond must be a number above 0, got ${this.refillPerSecond}`,
      );
    }
    this.#now = now;
  }

  /**
   * How long the next read of a subscription must wait, in ms, reserving its
   * slot: 0 while the subscription's remaining reads are unknown or at least
   * `threshold`, else the time until the next free slot of the pace.
   */
  reserve(subscriptionId: string): number {
    const budget = this.#subscriptions.get(subscriptionId.toLowerCase());
    if (!budget || budget.remaining >= this.threshold) return 0;
    const nowMs = this.#now();
    const slotMs = Math.max(nowMs, budget.nextSlotMs);
    budget.nextSlotMs = slotMs + 1000 / this.refillPerSecond;
    return slotMs - nowMs;
  }

  /** Records the remaining reads ARM reported for a subscription. */
  observe(subscriptionId: string, remaining: number): void {
    const key = subscriptionId.toLowerCase();
    const budget = this.#subscriptions.get(key);
    if (budget) {
      budget.remaining = remaining;
    } else {
      this.#subscriptions.set(key, { remaining, nextSlotMs: 0 });
    }
  }

  /** The remaining reads ARM reported last for a subscription, if any. */
  remaining(subscriptionId: string): number | undefined {
    return this.#subscriptions.get(subscriptionId.toLowerCase())?.remaining;
  }
}
