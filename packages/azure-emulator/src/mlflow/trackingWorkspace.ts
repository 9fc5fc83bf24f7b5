/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { ArmResource, JobTimeline } from '../state/model';
import { stableGuid } from '../demo/seededRandom';
import { jobPhaseAt, type JobPhase } from '../demo/jobTimeline';

export const JOB_TYPE = 'Microsoft.MachineLearningServices/workspaces/jobs';

/** Azure ML files jobs without an experiment name under `Default`. */
const DEFAULT_EXPERIMENT_NAME = 'Default';

/** A job seen as an MLflow run. */
export type TrackedRun = {
  job: ArmResource;
  runId: string;
  experimentId: string;
  experimentName: string;
  timeline?: JobTimeline;
};

/** An experiment: the runs of jobs filed under one experiment name. */
export type TrackedExperiment = {
  experimentId: string;
  name: string;
  runs: TrackedRun[];
};

/** Azure ML's experiment ids are GUIDs; the emulator derives one per name. */
export function experimentIdOf(workspaceId: string, name: string): string {
  return stableGuid(`${workspaceId.toLowerCase()}|experiment|${name}`);
}

/**
 * The tracking view of one workspace: its jobs are the runs, their
 * experiment names the experiments. Read fresh from the state on each call.
 */
export class TrackingWorkspace {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly workspace: ArmResource,
  ) {}

  runs(): TrackedRun[] {
    return this.ctx.state
      .listChildren(this.workspace.id, JOB_TYPE)
      .map(job => this.track(job));
  }

  run(runId: string): TrackedRun | undefined {
    const job = this.ctx.state.getResource(
      `${this.workspace.id}/jobs/${runId}`,
    );
    return job && job.type.toLowerCase() === JOB_TYPE.toLowerCase()
      ? this.track(job)
      : undefined;
  }

  experiments(): TrackedExperiment[] {
    const byName = new Map<string, TrackedExperiment>();
    for (const run of this.runs()) {
      const experiment = byName.get(run.experimentName) ?? {
        experimentId: run.experimentId,
        name: run.experimentName,
        runs: [],
      };
      experiment.runs.push(run);
      byName.set(run.experimentName, experiment);
    }
    return [...byName.values()];
  }

  experiment(experimentId: string): TrackedExperiment | undefined {
    return this.experiments().find(e => e.experimentId === experimentId);
  }

  experimentByName(name: string): TrackedExperiment | undefined {
    return this.experiments().find(e => e.name === name);
  }

  /** Where the run's job is in its life now. */
  phaseOf(run: TrackedRun): JobPhase {
    if (run.timeline) {
      return jobPhaseAt(run.timeline, this.ctx.state.epochMs, this.ctx.now());
    }
    const status = String(run.job.properties.status ?? 'NotStarted');
    return { status, progress: 0 };
  }

  private track(job: ArmResource): TrackedRun {
    const experimentName = String(
      job.properties.experimentName || DEFAULT_EXPERIMENT_NAME,
    );
    return {
      job,
      runId: job.name,
      experimentId: experimentIdOf(this.workspace.id, experimentName),
      experimentName,
      timeline: this.ctx.state.jobTimelines.get(job.id.toLowerCase()),
    };
  }
}
