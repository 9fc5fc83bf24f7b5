/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJobMetrics } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AzureCloudEndpoints } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { WorkspaceSession } from './WorkspaceSession';

/**
 * Reads a job's metric histories from the workspace's MLflow tracking
 * server as the signed-in user, downsampled for display.
 *
 * @internal
 */
export class JobMetricsService {
  readonly #endpoints: AzureCloudEndpoints;

  constructor(options: { endpoints: AzureCloudEndpoints }) {
    this.#endpoints = options.endpoints;
  }

  async get(
    _session: WorkspaceSession,
    _jobName: string,
    _query: { maxPoints: number; keys?: string[] },
  ): Promise<AzureMlJobMetrics> {
    throw new Error(`not wired yet ${this.#endpoints.machineLearningScope}`);
  }
}
