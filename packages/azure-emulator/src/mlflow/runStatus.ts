/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** MLflow's run statuses. */
export type MlflowRunStatus =
  | 'RUNNING'
  | 'SCHEDULED'
  | 'FINISHED'
  | 'FAILED'
  | 'KILLED';

const BY_JOB_STATUS: Record<string, MlflowRunStatus> = {
  notstarted: 'SCHEDULED',
  queued: 'SCHEDULED',
  preparing: 'SCHEDULED',
  provisioning: 'SCHEDULED',
  starting: 'SCHEDULED',
  running: 'RUNNING',
  finalizing: 'RUNNING',
  cancelrequested: 'RUNNING',
  completed: 'FINISHED',
  failed: 'FAILED',
  notresponding: 'FAILED',
  canceled: 'KILLED',
};

/**
 * The MLflow status of an Azure ML job status, as Azure ML's tracking server
 * maps them: waiting states are SCHEDULED, a cancel still in flight is RUNNING.
 */
export function mlflowRunStatus(jobStatus: string): MlflowRunStatus {
  return BY_JOB_STATUS[jobStatus.toLowerCase()] ?? 'SCHEDULED';
}
