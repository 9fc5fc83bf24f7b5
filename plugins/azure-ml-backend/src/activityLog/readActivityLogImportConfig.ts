/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';

/** Azure keeps 90 days of Activity Log and answers no query reaching further. */
export const ACTIVITY_LOG_RETENTION_DAYS = 89;

/**
 * How the Activity Log import runs, from `azureMl.audit.activityLog`.
 *
 * @internal
 */
export type ActivityLogImportConfig = {
  /** When it runs: every 15 minutes by default, the first run shortly after start. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** How far back the first run of a subscription reads, in days. */
  lookbackDays: number;
  /**
   * How much of the time already read each run reads again, in minutes:
   * Azure publishes events minutes after they happen, so a run would
   * otherwise miss those that happened just before the previous one.
   */
  overlapMinutes: number;
};

const PATH = 'azureMl.audit.activityLog';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 15 },
  timeout: { minutes: 10 },
  // Runs once soon after start, without slowing the start itself.
  initialDelay: { seconds: 30 },
};

function readWholeNumber(
  config: Config | undefined,
  key: string,
  fallback: number,
  max: number,
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(
      `Invalid config at ${PATH}.${key}: ${value} must be a whole number from 1 to ${max}`,
    );
  }
  return value;
}

/**
 * Reads `azureMl.audit.activityLog`, every key optional.
 *
 * @throws Error naming the key whose value does not fit.
 * @internal
 */
export function readActivityLogImportConfig(
  config: Config,
): ActivityLogImportConfig {
  const activityLog = config.getOptionalConfig(PATH);
  const schedule = activityLog?.getOptionalConfig('schedule');
  return {
    schedule: schedule
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
      : DEFAULT_SCHEDULE,
    lookbackDays: readWholeNumber(
      activityLog,
      'lookbackDays',
      7,
      ACTIVITY_LOG_RETENTION_DAYS,
    ),
    overlapMinutes: readWholeNumber(activityLog, 'overlapMinutes', 30, 24 * 60),
  };
}
