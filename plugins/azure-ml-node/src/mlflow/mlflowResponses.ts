/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { MetricPoint } from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  MlflowMetric,
  MlflowRun,
  MlflowRunPage,
  MlflowRunStatus,
} from './types';
import { MlflowResponseShapeError } from './MlflowResponseShapeError';

type Reader = { what: string };

function record(r: Reader, value: unknown, path: string) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MlflowResponseShapeError(r.what, path, 'an object');
  }
  return value as Record<string, unknown>;
}

function list(r: Reader, value: unknown, path: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new MlflowResponseShapeError(r.what, path, 'a list');
  }
  return value;
}

function text(r: Reader, value: unknown, path: string): string {
  if (typeof value !== 'string') {
    throw new MlflowResponseShapeError(r.what, path, 'a string');
  }
  return value;
}

/** MLflow's JSON carries int64 as numbers or strings, and NaN/Infinity as strings. */
function number(r: Reader, value: unknown, path: string): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || (Number.isNaN(n) && value !== 'NaN')) {
    throw new MlflowResponseShapeError(r.what, path, 'a number');
  }
  return n;
}

function optionalNumber(r: Reader, value: unknown, path: string) {
  return value === undefined || value === null
    ? undefined
    : number(r, value, path);
}

function optionalToken(r: Reader, value: unknown, path: string) {
  return value === undefined || value === '' ? undefined : text(r, value, path);
}

function keyValues(
  r: Reader,
  value: unknown,
  path: string,
): Record<string, string> {
  return Object.fromEntries(
    list(r, value, path).map((item, i) => {
      const kv = record(r, item, `${path}[${i}]`);
      return [text(r, kv.key, `${path}[${i}].key`), String(kv.value ?? '')];
    }),
  );
}

function metric(r: Reader, value: unknown, path: string): MlflowMetric {
  const m = record(r, value, path);
  return {
    key: text(r, m.key, `${path}.key`),
    value: number(r, m.value, `${path}.value`),
    timestamp: number(r, m.timestamp ?? 0, `${path}.timestamp`),
    step: number(r, m.step ?? 0, `${path}.step`),
  };
}

const STATUSES: MlflowRunStatus[] = [
  'RUNNING',
  'SCHEDULED',
  'FINISHED',
  'FAILED',
  'KILLED',
];

function run(r: Reader, value: unknown, path: string): MlflowRun {
  const body = record(r, value, path);
  const info = record(r, body.info, `${path}.info`);
  const data =
    body.data === undefined ? {} : record(r, body.data, `${path}.data`);
  const status = text(r, info.status, `${path}.info.status`);
  if (!STATUSES.includes(status as MlflowRunStatus)) {
    throw new MlflowResponseShapeError(
      r.what,
      `${path}.info.status`,
      `one of ${STATUSES.join(', ')}`,
    );
  }
  const startTime = optionalNumber(
    r,
    info.start_time,
    `${path}.info.start_time`,
  );
  const endTime = optionalNumber(r, info.end_time, `${path}.info.end_time`);
  return {
    info: {
      runId: text(r, info.run_id ?? info.run_uuid, `${path}.info.run_id`),
      runName: String(info.run_name ?? ''),
      experimentId: text(r, info.experiment_id, `${path}.info.experiment_id`),
      userId: String(info.user_id ?? ''),
      status: status as MlflowRunStatus,
      ...(startTime !== undefined && { startTime }),
      ...(endTime !== undefined && { endTime }),
      artifactUri: String(info.artifact_uri ?? ''),
      lifecycleStage: info.lifecycle_stage === 'deleted' ? 'deleted' : 'active',
    },
    data: {
      metrics: list(r, data.metrics, `${path}.data.metrics`).map((m, i) =>
        metric(r, m, `${path}.data.metrics[${i}]`),
      ),
      params: keyValues(r, data.params, `${path}.data.params`),
      tags: keyValues(r, data.tags, `${path}.data.tags`),
    },
  };
}

/** The run of a `runs/get` answer. */
export function readRunResponse(what: string, body: unknown): MlflowRun {
  const r = { what };
  return run(r, record(r, body, 'body').run, 'run');
}

/** A page of a `runs/search` answer. */
export function readRunsPage(what: string, body: unknown): MlflowRunPage {
  const r = { what };
  const page = record(r, body, 'body');
  const nextPageToken = optionalToken(
    r,
    page.next_page_token,
    'next_page_token',
  );
  return {
    runs: list(r, page.runs, 'runs').map((item, i) =>
      run(r, item, `runs[${i}]`),
    ),
    ...(nextPageToken && { nextPageToken }),
  };
}

/** A page of a `metrics/get-history` answer. */
export function readMetricHistoryPage(
  what: string,
  body: unknown,
): { points: MetricPoint[]; nextPageToken?: string } {
  const r = { what };
  const page = record(r, body, 'body');
  const nextPageToken = optionalToken(
    r,
    page.next_page_token,
    'next_page_token',
  );
  return {
    points: list(r, page.metrics, 'metrics').map((item, i) => {
      const m = metric(r, item, `metrics[${i}]`);
      return { step: m.step, timestamp: m.timestamp, value: m.value };
    }),
    ...(nextPageToken && { nextPageToken }),
  };
}
