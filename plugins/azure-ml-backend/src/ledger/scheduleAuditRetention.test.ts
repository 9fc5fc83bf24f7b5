/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mockServices } from '@backstage/backend-test-utils';
import {
  AUDIT_RETENTION_TASK_ID,
  scheduleAuditRetention,
} from './scheduleAuditRetention';

const DAY = 24 * 60 * 60 * 1000;

describe('scheduleAuditRetention', () => {
  it('schedules a daily prune of the events older than the retention', async () => {
    const scheduler = mockServices.scheduler.mock();
    const prune = jest.fn(async (_before: Date) => ({ removed: 3 }));
    const logger = mockServices.logger.mock();
    logger.child.mockReturnValue(logger);
    await scheduleAuditRetention({
      ledger: { prune },
      retentionDays: 30,
      scheduler,
      logger,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith({
      id: AUDIT_RETENTION_TASK_ID,
      frequency: { days: 1 },
      timeout: { minutes: 30 },
      initialDelay: { minutes: 1 },
      fn: expect.any(Function),
    });
    const { fn } = scheduler.scheduleTask.mock.calls[0][0];
    const now = Date.now();
    await fn(new AbortController().signal);
    const before = prune.mock.calls[0][0].getTime();
    expect(Math.abs(before - (now - 30 * DAY))).toBeLessThan(5000);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Pruned 3 audit events recorded before .* \(retention 30 days\)$/,
      ),
    );
  });

  it('schedules nothing when events are kept forever', async () => {
    const scheduler = mockServices.scheduler.mock();
    await scheduleAuditRetention({
      ledger: { prune: jest.fn() },
      scheduler,
      logger: mockServices.logger.mock(),
    });
    expect(scheduler.scheduleTask).not.toHaveBeenCalled();
  });
});
