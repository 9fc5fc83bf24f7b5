/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { MetricPoint } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * MLflow's run statuses.
 *
 * @public
 */
export type MlflowRunStatus =
  | 'RUNNING'
  | 'SCHEDULED'
  | 'FINISHED'
  | 'FAILED'
  | 'KILLED';

/**
 * The latest value of one metric of a run, as MLflow reports it.
 *
 * @public
 */
export type MlflowMetric = {
  key: string;
  value: number;
  /** Epoch ms the value was logged. */
  timestamp: number;
  step: number;
};

/**
 * One MLflow run; in Azure ML, a job (its run id is the job name).
 *
 * @public
 */
export type MlflowRun = {
  info: {
    runId: string;
    runName: string;
    experimentId: string;
    userId: string;
    status: MlflowRunStatus;
    /** Epoch ms, once started. */
    startTime?: number;
    /** Epoch ms, once ended. */
    endTime?: number;
    artifactUri: string;
    /** `deleted` for archived jobs. */
    lifecycleStage: 'active' | 'deleted';
  };
  data: {
    /** The latest value of each metric. */
    metrics: MlflowMetric[];
    params: Record<string, string>;
    tags: Record<string, string>;
  };
};

/**
 * A search of runs (`runs/search`).
 *
 * @public
 */
export type MlflowRunSearch = {
  /** The experiments to search in, at least one. */
  experimentIds: string[];
  /** MLflow's filter syntax, e.g. `attributes.status = 'RUNNING'`. */
  filter?: string;
  /** e.g. `['start_time DESC']`. */
  orderBy?: string[];
  /** The page size. */
  maxResults?: number;
  /** `nextPageToken` of the previous page. */
  pageToken?: string;
  /** @defaultValue 'ACTIVE_ONLY' */
  runViewType?: 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';
};

/**
 * One page of runs.
 *
 * @public
 */
export type MlflowRunPage = {
  runs: MlflowRun[];
  /** Present when there are more runs. */
  nextPageToken?: string;
};

/**
 * The logged values of one metric of a run, in the order MLflow returns them.
 *
 * @public
 */
export type MlflowMetricHistory = {
  key: string;
  points: MetricPoint[];
  /** How many pages were read. */
  pages: number;
  /** True when the history had more pages than the client reads (`maxPages`); `points` then holds the first ones. */
  truncated: boolean;
};
