/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlAuditEvent,
  AzureMlAuditFilter,
  AzureMlAuditVerification,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * What a writer hands the ledger; the ledger adds the sequence, id, hashes
 * and (unless given) the time.
 *
 * @internal
 */
export type AuditRecord = Omit<
  AzureMlAuditEvent,
  'sequence' | 'id' | 'time' | 'parameters' | 'previousHash' | 'hash'
> & {
  /** Redacted by the ledger before it is stored: keys that name secrets, and values that look like tokens. */
  parameters?: Record<string, unknown>;
  /** When it happened; now when absent (imports pass Azure's event time). */
  time?: Date;
  /**
   * A key unique per source for events that come from elsewhere (an
   * Activity Log event's `eventDataId`): appending one that is already in
   * the ledger adds nothing.
   */
  externalId?: string;
};

/**
 * A request for one page of the log: the filters, the order and where the
 * previous page ended.
 *
 * @internal
 */
export interface AuditQuery extends AzureMlAuditFilter {
  /** The previous page's `nextPageToken`, unchanged; only valid with the same filters and order. */
  pageToken?: string;
  /** Events per page, 1 to 1000; 100 unless set. */
  limit?: number;
  /** `newest` first (the default) or `oldest` first, by sequence. */
  order?: 'newest' | 'oldest';
}

/**
 * The append-only, hash-chained audit ledger.
 *
 * @internal
 */
export interface AuditLedger {
  /**
   * Appends one event at the end of the one chain, even with several
   * backend replicas appending at once. Rejects when it cannot be written:
   * callers that mutate Azure must then refuse to act.
   */
  append(record: AuditRecord): Promise<AzureMlAuditEvent>;
  /** Appends the records whose `externalId` is not in the ledger yet; returns how many were added. */
  appendNew(records: AuditRecord[]): Promise<number>;
  query(query: AuditQuery): Promise<Page<AzureMlAuditEvent>>;
  /** Every event matching the filter, oldest first, for export. */
  stream(filter: AzureMlAuditFilter): AsyncIterable<AzureMlAuditEvent>;
  /** Walks the chain from its start (or last checkpoint) and reports the first broken link. */
  verify(): Promise<AzureMlAuditVerification>;
  /**
   * Deletes the events older than `before`, leaving a checkpoint that
   * anchors the chain at the last deleted event, so what remains still
   * verifies; records the prune as an `audit.prune` event.
   */
  prune(before: Date): Promise<{ removed: number }>;
}
