/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ConfigReader } from '@backstage/config';
import { readAzureMlAuditConfig } from './auditConfig';

const SECRET = 'a-demo-audit-secret-of-32-chars!';
const read = (audit?: object) =>
  readAzureMlAuditConfig(new ConfigReader({ azureMl: audit ? { audit } : {} }));

describe('readAzureMlAuditConfig', () => {
  it('reads the secret alone: events kept forever, no import schedule', () => {
    expect(read({ secret: SECRET })).toEqual({ secret: SECRET });
  });

  it('reads the retention, leaving activityLog to the import', () => {
    expect(
      read({
        secret: SECRET,
        retention: { days: 90 },
        activityLog: { schedule: { frequency: { minutes: 15 } } },
      }),
    ).toEqual({ secret: SECRET, retentionDays: 90 });
  });

  it('refuses to go without a secret, saying where to set one', () => {
    const message =
      'Missing config azureMl.audit.secret: the audit ledger signs its hash chain with it; set a random value of at least 32 characters (in production from AZURE_ML_AUDIT_SECRET)';
    expect(() => read()).toThrow(message);
    expect(() => read({ retention: { days: 3 } })).toThrow(message);
    expect(() => read({ secret: '' })).toThrow(message);
  });

  it('refuses a short secret', () => {
    expect(() => read({ secret: 'short' })).toThrow(
      'Invalid config at azureMl.audit.secret: it has 5 characters; use a random value of at least 32',
    );
  });

  it('refuses a retention that is not a whole number of days', () => {
    for (const days of [0, -1, 1.5]) {
      expect(() => read({ secret: SECRET, retention: { days } })).toThrow(
        `Invalid config at azureMl.audit.retention.days: '${days}' is not a whole number of days of at least 1; remove it to keep events forever`,
      );
    }
  });
});
