/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryUser } from '../state/model';

/** One demo workspace, as demo-estate.json describes it. */
export type WorkspaceSpec = {
  subscriptionId: string;
  tenantId: string;
  resourceGroup: string;
  name: string;
  location: string;
  friendlyName: string;
  tags: Record<string, string>;
  /** A short name the generated assets are themed on (`vision`, `nlp`...). */
  team: string;
  /** Users of the owning group: they submit the jobs. */
  members: DirectoryUser[];
};

/**
 * Puts a workspace and its assets (computes, environments, data, jobs with
 * metrics, models from those jobs, endpoints with deployments) into the state.
 * Deterministic for a given spec and epoch.
 */
export function seedMlAssets(
  state: EmulatorState,
  spec: WorkspaceSpec,
  options: { baseUrl: string; epochMs: number },
): void {
  // Filled in by the Azure ML resources work (see arm/ml/).
  void state;
  void spec;
  void options;
}
