/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { jobPhaseOf } from './jobStatus';
import { ML_TYPES, workspaceIdOf } from './mlIds';

/** Nodes the running jobs on a cluster hold at `nowMs`. */
function busyNodes(
  state: EmulatorState,
  compute: ArmResource,
  nowMs: number,
): number {
  const wanted = compute.id.toLowerCase();
  return state
    .listChildren(workspaceIdOf(compute.id), ML_TYPES.job)
    .filter(
      job => String(job.properties.computeId ?? '').toLowerCase() === wanted,
    )
    .filter(job => jobPhaseOf(state, job, nowMs).status === 'Running')
    .reduce((sum, job) => sum + jobNodes(job), 0);
}

function jobNodes(job: ArmResource): number {
  const p = job.properties;
  if (p.jobType === 'Sweep') return Number(p.limits?.maxConcurrentTrials ?? 1);
  return Number(p.resources?.instanceCount ?? 1);
}

/**
 * A compute as ARM returns it at `nowMs`. An AmlCompute cluster's nodes
 * follow the jobs running on it: it holds its minimum, plus a node for each
 * busy one, up to its maximum.
 */
export function presentCompute(
  state: EmulatorState,
  compute: ArmResource,
  nowMs: number,
): ArmResource {
  if (compute.properties.computeType !== 'AmlCompute') return compute;
  const cluster = compute.properties.properties;
  const { minNodeCount, maxNodeCount } = cluster.scaleSettings;
  const running = Math.min(maxNodeCount, busyNodes(state, compute, nowMs));
  const nodes = Math.min(maxNodeCount, Math.max(minNodeCount, running));
  return {
    ...compute,
    properties: {
      ...compute.properties,
      properties: {
        ...cluster,
        currentNodeCount: nodes,
        targetNodeCount: nodes,
        nodeStateCounts: {
          ...cluster.nodeStateCounts,
          idleNodeCount: nodes - running,
          runningNodeCount: running,
        },
      },
    },
  };
}
