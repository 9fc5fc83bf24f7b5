/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`: a named output of
 * a job, as Azure ML addresses it (the `artifacts` output holds what the job
 * logged, e.g. an MLflow model under `paths/model`).
 */
const JOB_OUTPUT =
  /^azureml:\/\/jobs\/([a-zA-Z0-9][a-zA-Z0-9_-]{0,254})\/outputs\/([a-zA-Z_][a-zA-Z0-9_]*)(\/paths\/\S*)?$/;

/**
 * A job output a path points at.
 *
 * @internal
 */
export type JobOutputPath = { jobName: string; outputName: string };

/**
 * The job and output of an `azureml://jobs/…/outputs/…` path, or undefined
 * for any other path.
 *
 * @internal
 */
export function parseJobOutputPath(path: string): JobOutputPath | undefined {
  const match = JOB_OUTPUT.exec(path);
  return match ? { jobName: match[1], outputName: match[2] } : undefined;
}

/**
 * Whether a value is a job output path (see {@link parseJobOutputPath}).
 *
 * @internal
 */
export function isJobOutputPath(path: string): boolean {
  return JOB_OUTPUT.test(path);
}
