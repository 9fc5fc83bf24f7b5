/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJob } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The name of the compute a job runs on (the last segment of its id), or
 * `serverless` when it has none.
 *
 * @internal
 */
export function formatJobCompute(job: Pick<AzureMlJob, 'computeId'>): string {
  const name = job.computeId?.split('/').filter(Boolean).pop();
  return name || 'serverless';
}
