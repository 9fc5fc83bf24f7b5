/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** The resource provider whose events the portal imports. */
export const MACHINE_LEARNING_PROVIDER = 'Microsoft.MachineLearningServices';

/** A time window of the Activity Log; both bounds included, as Azure reads them. */
export type ActivityLogWindow = { from: Date; to: Date };

/**
 * The `$filter` of an Activity Log query: the window Azure requires (both
 * bounds, at most 90 days apart) and the Azure ML resource provider, the one
 * other field Azure lets a query filter on at the same time.
 *
 * @internal
 */
export function activityLogFilter(window: ActivityLogWindow): string {
  return [
    `eventTimestamp ge '${window.from.toISOString()}'`,
    `eventTimestamp le '${window.to.toISOString()}'`,
    `resourceProvider eq '${MACHINE_LEARNING_PROVIDER}'`,
  ].join(' and ');
}
