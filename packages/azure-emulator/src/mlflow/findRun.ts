/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MlflowError } from './mlflowErrors';
import {
  optionalString,
  requiredString,
  type MlflowParams,
} from './requestParams';
import type { TrackedRun, TrackingWorkspace } from './trackingWorkspace';

/** A run by id; 404 RESOURCE_DOES_NOT_EXIST if the workspace has none. */
export function runById(
  tracking: TrackingWorkspace,
  runId: string,
): TrackedRun {
  const run = tracking.run(runId);
  if (!run) {
    throw new MlflowError(
      'RESOURCE_DOES_NOT_EXIST',
      `Run with id=${runId} not found`,
    );
  }
  return run;
}

/** The run a call names by `run_id` (or the older `run_uuid`). */
export function findRun(
  tracking: TrackingWorkspace,
  params: MlflowParams,
): TrackedRun {
  const runId =
    optionalString(params, 'run_id') ??
    optionalString(params, 'run_uuid') ??
    requiredString(params, 'run_id');
  return runById(tracking, runId);
}
