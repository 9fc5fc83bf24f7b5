/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Config } from '@backstage/config';

/**
 * The typed `azureMl.audit` block, but for `activityLog`, which the backend
 * plugin's Activity Log import reads itself: how the audit ledger signs its
 * chain and how long it keeps events.
 *
 * @public
 */
export type AzureMlAuditConfig = {
  /** The HMAC-SHA-256 key of the hash chain. */
  secret: string;
  /** Days to keep events; absent to keep them forever. */
  retentionDays?: number;
};

/** The shortest HMAC key accepted: 32 characters, as many bits as the hash. */
const MIN_SECRET_LENGTH = 32;

function readRetentionDays(audit: Config): number | undefined {
  const key = 'retention.days';
  if (!audit.has(key)) return undefined;
  const days = audit.getNumber(key);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `Invalid config at azureMl.audit.retention.days: '${days}' is not a whole number of days of at least 1; remove it to keep events forever`,
    );
  }
  return days;
}

/**
 * Reads and validates `azureMl.audit`, failing at startup with a message
 * that names the key: the backend plugin cannot record actions (and so
 * refuses to take them) without a secret to sign the ledger with.
 *
 * @public
 */
export function readAzureMlAuditConfig(config: Config): AzureMlAuditConfig {
  const audit = config.getOptionalConfig('azureMl.audit');
  const secret = audit?.getOptional('secret');
  if (!audit || typeof secret !== 'string' || !secret) {
    throw new Error(
      `Missing config azureMl.audit.secret: the audit ledger signs its hash chain with it; set a random value of at least ${MIN_SECRET_LENGTH} characters (in production from AZURE_ML_AUDIT_SECRET)`,
    );
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `Invalid config at azureMl.audit.secret: it has ${secret.length} characters; use a random value of at least ${MIN_SECRET_LENGTH}`,
    );
  }
  const retentionDays = readRetentionDays(audit);
  return { secret, ...(retentionDays ? { retentionDays } : {}) };
}
