/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJobStatus } from './types';

const TERMINAL_JOB_STATUSES: ReadonlySet<AzureMlJobStatus> = new Set([
  'Completed',
  'Failed',
  'Canceled',
]);

/**
 * Tells whether a job has finished for good: `Completed`, `Failed` or
 * `Canceled`, the statuses a job never leaves.
 *
 * @remarks
 *
 * `NotResponding` and `Paused` are not terminal here, because a job can
 * leave them. The Azure ML Python SDK (`RunHistoryConstants.TERMINAL_STATUSES`)
 * counts them as terminal for streaming logs, so a caller that only polls may
 * want to stop on those as well.
 *
 * @param status - The job's status.
 * @public
 */
export function isTerminalJobStatus(status: AzureMlJobStatus): boolean {
  return TERMINAL_JOB_STATUSES.has(status);
}
