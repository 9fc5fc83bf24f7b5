/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { TrackedExperiment, TrackingWorkspace } from './trackingWorkspace';
import { experimentArtifactLocation } from './trackingUris';
import type { SearchRecord } from './searchFilter';
import type { SearchSchema } from './searchIdentifier';
import type { KeyValue } from './runView';

/** An experiment as MLflow's REST API returns it. */
export type MlflowExperiment = {
  experiment_id: string;
  name: string;
  artifact_location: string;
  lifecycle_stage: 'active';
  creation_time: number;
  last_update_time: number;
  tags: KeyValue[];
};

/** What experiments/search may filter and order experiments by. */
export const EXPERIMENT_SEARCH_SCHEMA: SearchSchema = {
  subject: 'experiment',
  attributes: {
    experiment_id: 'string',
    name: 'string',
    creation_time: 'number',
    last_update_time: 'number',
  },
  entities: ['tag'],
};

/**
 * An experiment exists from its first job's creation; it was last updated
 * when its latest job was created, started or ended, up to now.
 */
export function renderExperiment(
  ctx: EmulatorContext,
  tracking: TrackingWorkspace,
  experiment: TrackedExperiment,
): MlflowExperiment {
  const now = ctx.now();
  const created = experiment.runs.map(
    run => Date.parse(run.job.systemData?.createdAt ?? '') || ctx.state.epochMs,
  );
  const moments = experiment.runs.flatMap(run => {
    const phase = tracking.phaseOf(run);
    return [phase.startMs, phase.endMs].filter(
      (t): t is number => t !== undefined && t <= now,
    );
  });
  return {
    experiment_id: experiment.experimentId,
    name: experiment.name,
    artifact_location: experimentArtifactLocation(
      ctx,
      tracking.workspace.id,
      experiment.experimentId,
    ),
    lifecycle_stage: 'active',
    creation_time: Math.min(...created),
    last_update_time: Math.max(...created, ...moments),
    tags: [],
  };
}

export function experimentSearchRecord(
  experiment: MlflowExperiment,
): SearchRecord {
  return {
    attributes: {
      experiment_id: experiment.experiment_id,
      name: experiment.name,
      creation_time: experiment.creation_time,
      last_update_time: experiment.last_update_time,
    },
    tags: Object.fromEntries(experiment.tags.map(t => [t.key, t.value])),
  };
}
