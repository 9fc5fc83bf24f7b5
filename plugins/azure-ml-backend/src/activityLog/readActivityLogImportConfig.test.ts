/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { readActivityLogImportConfig } from './readActivityLogImportConfig';

const read = (activityLog?: object) =>
  readActivityLogImportConfig(
    new ConfigReader({
      azureMl: activityLog ? { audit: { activityLog } } : {},
    }),
  );

describe('readActivityLogImportConfig', () => {
  it('defaults to every 15 minutes, first shortly after start, 7 days back, 30 minutes overlap', () => {
    expect(read()).toEqual({
      schedule: {
        frequency: { minutes: 15 },
        timeout: { minutes: 10 },
        initialDelay: { seconds: 30 },
      },
      lookbackDays: 7,
      overlapMinutes: 30,
    });
  });

  it('reads the configured schedule, lookback and overlap', () => {
    expect(
      read({
        schedule: { frequency: { hours: 1 }, timeout: { minutes: 20 } },
        lookbackDays: 30,
        overlapMinutes: 10,
      }),
    ).toEqual({
      schedule: { frequency: { hours: 1 }, timeout: { minutes: 20 } },
      lookbackDays: 30,
      overlapMinutes: 10,
    });
  });

  it('refuses a lookback Azure cannot answer, naming the key', () => {
    expect(() => read({ lookbackDays: 120 })).toThrow(
      'Invalid config at azureMl.audit.activityLog.lookbackDays: 120 must be a whole number from 1 to 89',
    );
    expect(() => read({ overlapMinutes: 0 })).toThrow(
      'Invalid config at azureMl.audit.activityLog.overlapMinutes: 0 must be a whole number from 1 to 1440',
    );
  });
});
