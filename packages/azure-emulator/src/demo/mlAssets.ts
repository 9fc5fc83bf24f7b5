/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../state/EmulatorState';
import type { DirectoryUser } from '../state/model';
import { demoComputes } from './demoComputes';
import { demoDataAssets } from './demoDataAssets';
import { demoEndpoints } from './demoEndpoints';
import { demoEnvironments } from './demoEnvironments';
import { demoJobs } from './demoJobs';
import { demoModels } from './demoModels';
import { demoWorkspace } from './demoWorkspace';
import type { DemoWorkspace } from './demoWorkspaceContext';
import { themeOf } from './mlThemes';

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
  const workspace = state.putResource(demoWorkspace(state, spec, options));
  const demo: DemoWorkspace = {
    state,
    spec,
    theme: themeOf(spec.team),
    workspace,
    baseUrl: options.baseUrl,
    epochMs: options.epochMs,
  };
  // Computes first: jobs name the clusters they run on.
  demoComputes(demo).forEach(r => state.putResource(r));
  demoEnvironments(demo).forEach(r => state.putResource(r));
  demoDataAssets(demo).forEach(r => state.putResource(r));
  const jobs = demoJobs(demo);
  for (const { job, timeline } of jobs) {
    state.putResource(job);
    state.jobTimelines.set(job.id.toLowerCase(), timeline);
  }
  const models = demoModels(demo, jobs);
  models.forEach(r => state.putResource(r));
  demoEndpoints(demo, models).forEach(r => state.putResource(r));
}
