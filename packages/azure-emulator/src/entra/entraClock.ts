/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';

/**
 * Entra's clock in seconds: the emulator's time shifted by the clock-skew
 * fault. Everything Entra does (issuing, validating assertions, code expiry)
 * reads this one clock; resource APIs keep the unshifted one.
 */
export function entraNowSeconds(ctx: EmulatorContext): number {
  return Math.floor(ctx.now() / 1000) + ctx.faults.tokenClockSkewSeconds;
}
