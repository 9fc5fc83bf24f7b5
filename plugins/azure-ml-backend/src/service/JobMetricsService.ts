/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlJobMetrics,
  MetricSeries,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  MlflowClient,
  downsampleLttb,
  type AzureCloudEndpoints,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { NotFoundError } from '@backstage/errors';
import type { WorkspaceSession } from './WorkspaceSession';
import type { WorkspaceTrackingUris } from './WorkspaceTrackingUris';

/**
 * Reads a job's metric histories from the workspace's MLflow tracking
 * server as the signed-in user, each downsampled (LTTB) to at most
 * `maxPoints` points so charts keep their shape at any length of run.
 *
 * @internal
 */
export class JobMetricsService {
  readonly #endpoints: AzureCloudEndpoints;
  readonly #trackingUris: WorkspaceTrackingUris;
  readonly #httpClient: HttpClient;

  constructor(options: {
    endpoints: AzureCloudEndpoints;
    trackingUris: WorkspaceTrackingUris;
    httpClient: HttpClient;
  }) {
    this.#endpoints = options.endpoints;
    this.#trackingUris = options.trackingUris;
    this.#httpClient = options.httpClient;
  }

  /**
   * The histories of the job's metrics (`keys`, or all it logged).
   *
   * @throws NotFoundError when a requested metric was never logged, naming those that were.
   */
  async get(
    session: WorkspaceSession,
    jobName: string,
    query: { maxPoints: number; keys?: string[] },
  ): Promise<AzureMlJobMetrics> {
    const trackingUri = await this.#trackingUris.get(session);
    const series = await session.callDataPlane(
      `Read the metrics of job ${jobName}`,
      async credential => {
        const mlflow = new MlflowClient({
          trackingUri,
          workspace: session.workspace,
          endpoints: this.#endpoints,
          credential,
          httpClient: this.#httpClient,
        });
        const logged = await mlflow.listRunMetricKeys(jobName);
        const keys = query.keys ?? logged;
        const missing = keys.filter(key => !logged.includes(key));
        if (missing.length > 0) {
          throw new NotFoundError(
            `Job ${jobName} logged no metric ${missing
              .map(k => `'${k}'`)
              .join(', ')}; it logged: ${logged.join(', ') || 'none yet'}`,
          );
        }
        return Promise.all(
          keys.map(async key =>
            toSeries(
              key,
              (await mlflow.getMetricHistory(jobName, key)).points,
              query.maxPoints,
            ),
          ),
        );
      },
    );
    return { jobName, maxPoints: query.maxPoints, series };
  }
}

function toSeries(
  key: string,
  history: MetricSeries['points'],
  maxPoints: number,
): MetricSeries {
  const inOrder = [...history].sort(
    (a, b) => a.step - b.step || a.timestamp - b.timestamp,
  );
  const points = downsampleLttb(inOrder, maxPoints);
  return {
    key,
    points,
    totalPoints: inOrder.length,
    downsampled: points.length < inOrder.length,
  };
}
