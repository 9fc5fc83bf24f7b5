/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { isTerminalJobStatus } from './isTerminalJobStatus';
import { azureMlJobStatuses } from './types';

describe('isTerminalJobStatus', () => {
  it('is true exactly for the statuses a job never leaves', () => {
    expect(azureMlJobStatuses.filter(isTerminalJobStatus)).toEqual([
      'Completed',
      'Failed',
      'Canceled',
    ]);
  });

  it.each([
    'NotStarted',
    'Starting',
    'Provisioning',
    'Preparing',
    'Queued',
    'Running',
    'Finalizing',
    'CancelRequested',
    'NotResponding',
    'Paused',
    'Unknown',
  ] as const)('is false for %s', status => {
    expect(isTerminalJobStatus(status)).toBe(false);
  });

  it('knows the fourteen statuses of the Azure ML REST API', () => {
    expect(azureMlJobStatuses).toHaveLength(14);
    expect(new Set(azureMlJobStatuses).size).toBe(14);
  });
});
