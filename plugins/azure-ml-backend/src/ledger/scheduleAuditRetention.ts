/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { AuditLedger } from './AuditLedger';

/**
 * The scheduler task id of the daily prune.
 *
 * @internal
 */
export const AUDIT_RETENTION_TASK_ID = 'azure-ml-audit-retention';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Schedules the daily prune of events older than `retentionDays`, once
 * across replicas (the scheduler's tasks are global); nothing when no
 * retention is configured, so events are kept forever.
 *
 * @internal
 */
export async function scheduleAuditRetention(options: {
  ledger: Pick<AuditLedger, 'prune'>;
  retentionDays?: number;
  scheduler: SchedulerService;
  logger: LoggerService;
}): Promise<void> {
  const { ledger, retentionDays, scheduler } = options;
  if (!retentionDays) return;
  const logger = options.logger.child({ task: AUDIT_RETENTION_TASK_ID });
  await scheduler.scheduleTask({
    id: AUDIT_RETENTION_TASK_ID,
    frequency: { days: 1 },
    timeout: { minutes: 30 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      const before = new Date(Date.now() - retentionDays * DAY_MS);
      const { removed } = await ledger.prune(before);
      logger.info(
        `Pruned ${removed} audit events recorded before ${before.toISOString()} (retention ${retentionDays} days)`,
      );
    },
  });
}
