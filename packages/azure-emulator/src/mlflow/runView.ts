/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { ArmResource } from '../state/model';
import { latestMetricPoint, type MetricPoint } from '../demo/metricCurves';
import type { TrackedRun, TrackingWorkspace } from './trackingWorkspace';
import { mlflowRunStatus, type MlflowRunStatus } from './runStatus';
import { runArtifactUri } from './trackingUris';
import type { SearchRecord } from './searchFilter';
import type { SearchSchema } from './searchIdentifier';

export type MlflowMetric = {
  key: string;
  value: number;
  timestamp: number;
  step: number;
};

export type KeyValue = { key: string; value: string };

/** Archived jobs are what MLflow calls deleted runs. */
export type LifecycleStage = 'active' | 'deleted';

/** A run as MLflow's REST API returns it. */
export type MlflowRun = {
  info: {
    run_id: string;
    run_uuid: string;
    run_name: string;
    experiment_id: string;
    user_id: string;
    status: MlflowRunStatus;
    start_time?: number;
    end_time?: number;
    artifact_uri: string;
    lifecycle_stage: LifecycleStage;
  };
  data: { metrics: MlflowMetric[]; params: KeyValue[]; tags: KeyValue[] };
  inputs: Record<string, never>;
};

/** What runs/search may filter and order runs by. */
export const RUN_SEARCH_SCHEMA: SearchSchema = {
  subject: 'run',
  attributes: {
    run_id: 'string',
    run_name: 'string',
    status: 'string',
    user_id: 'string',
    artifact_uri: 'string',
    lifecycle_stage: 'string',
    start_time: 'number',
    end_time: 'number',
  },
  entities: ['metric', 'param', 'tag'],
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Job parameters and literal inputs: what MLflow shows as a run's params. */
function paramsOf(job: ArmResource): KeyValue[] {
  const params = new Map<string, string>();
  for (const [key, value] of Object.entries(job.properties.parameters ?? {})) {
    params.set(key, text(value));
  }
  for (const [key, input] of Object.entries<any>(job.properties.inputs ?? {})) {
    if (String(input?.jobInputType ?? '').toLowerCase() === 'literal') {
      params.set(key, text(input.value));
    }
  }
  return [...params].map(([key, value]) => ({ key, value }));
}

/**
 * System tags, then the job's MLflow-named properties (git commit...) and its
 * description as the run note, then the job's own tags.
 */
function tagsOf(job: ArmResource, runName: string, user: string): KeyValue[] {
  const tags = new Map<string, string>([
    ['mlflow.runName', runName],
    ['mlflow.user', user],
  ]);
  if (job.properties.jobType) {
    tags.set('azureml.jobType', String(job.properties.jobType));
  }
  for (const [key, value] of Object.entries(job.properties.properties ?? {})) {
    if (key.startsWith('mlflow.')) tags.set(key, text(value));
  }
  if (job.properties.description) {
    tags.set('mlflow.note.content', String(job.properties.description));
  }
  for (const [key, value] of Object.entries({
    ...job.tags,
    ...job.properties.tags,
  })) {
    tags.set(key, text(value));
  }
  return [...tags].map(([key, value]) => ({ key, value }));
}

/** A metric point in MLflow's field order. */
export function metricOf(key: string, point: MetricPoint): MlflowMetric {
  return {
    key,
    value: point.value,
    timestamp: point.timestamp,
    step: point.step,
  };
}

function metricsOf(ctx: EmulatorContext, run: TrackedRun): MlflowMetric[] {
  const timeline = run.timeline;
  if (!timeline) return [];
  return timeline.metrics.flatMap(key => {
    const point = latestMetricPoint(
      run.job.id,
      key,
      timeline,
      ctx.state.epochMs,
      ctx.now(),
    );
    return point ? [metricOf(key, point)] : [];
  });
}

/** A job as an MLflow run, as of now: status, times and latest metrics move. */
export function renderRun(
  ctx: EmulatorContext,
  tracking: TrackingWorkspace,
  run: TrackedRun,
): MlflowRun {
  const { job } = run;
  const phase = tracking.phaseOf(run);
  const runName = String(job.properties.displayName || job.name);
  const user = job.systemData?.createdBy ?? '';
  return {
    info: {
      run_id: run.runId,
      run_uuid: run.runId,
      run_name: runName,
      experiment_id: run.experimentId,
      user_id: user,
      status: mlflowRunStatus(phase.status),
      ...(phase.startMs !== undefined && { start_time: phase.startMs }),
      ...(phase.endMs !== undefined && { end_time: phase.endMs }),
      artifact_uri: runArtifactUri(
        ctx,
        tracking.workspace.id,
        run.experimentId,
        run.runId,
      ),
      lifecycle_stage: job.properties.isArchived ? 'deleted' : 'active',
    },
    data: {
      metrics: metricsOf(ctx, run),
      params: paramsOf(job),
      tags: tagsOf(job, runName, user),
    },
    inputs: {},
  };
}

const asRecord = (entries: { key: string; value: any }[]) =>
  Object.fromEntries(entries.map(e => [e.key, e.value]));

/** The values runs/search filters and orders a run by. */
export function runSearchRecord(run: MlflowRun): SearchRecord {
  const { info, data } = run;
  return {
    attributes: {
      run_id: info.run_id,
      run_name: info.run_name,
      status: info.status,
      user_id: info.user_id,
      artifact_uri: info.artifact_uri,
      lifecycle_stage: info.lifecycle_stage,
      start_time: info.start_time,
      end_time: info.end_time,
    },
    metrics: asRecord(data.metrics),
    params: asRecord(data.params),
    tags: asRecord(data.tags),
  };
}
