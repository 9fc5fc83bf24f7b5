/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EventData } from '@azure/arm-monitor';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { AuditLedger, AuditRecord } from '../ledger/AuditLedger';
import type { ActivityLogWindow } from './activityLogFilter';
import type { ActivityLogCursors } from './ActivityLogCursors';
import type {
  ActivityLogReader,
  ActivityLogSubscription,
} from './ActivityLogReader';
import { mapActivityLogEvent } from './mapActivityLogEvent';
import { ACTIVITY_LOG_RETENTION_DAYS } from './readActivityLogImportConfig';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** The longest window one query reads, so a long catch-up holds one day of events at a time. */
const SLICE_MS = DAY_MS;

/**
 * What one run did with one subscription.
 *
 * @internal
 */
export type ActivityLogImportOutcome =
  | {
      subscriptionId: string;
      /** Events Azure returned, already imported ones included. */
      read: number;
      /** Events new to the ledger. */
      added: number;
      window: ActivityLogWindow;
    }
  | { subscriptionId: string; error: Error };

/** Oldest first; events of one time keep Azure's order. */
function byTime(a: AuditRecord, b: AuditRecord): number {
  return (a.time?.getTime() ?? 0) - (b.time?.getTime() ?? 0);
}

function mapEvents(events: EventData[]): AuditRecord[] {
  return events
    .map(mapActivityLogEvent)
    .filter((r): r is AuditRecord => r !== undefined)
    .sort(byTime);
}

/**
 * Imports the Azure Activity Log of the known subscriptions into the audit
 * ledger, so actions taken in Azure directly appear beside the portal's
 * own, joined by Azure's correlation id.
 *
 * @remarks
 *
 * Incremental: each subscription's cursor is the end of the last window
 * read completely, and a run reads from there to now, one day per query,
 * moving the cursor after each. It starts `overlapMinutes` before the cursor,
 * as Azure publishes events minutes late; reading them twice is safe, since
 * the ledger adds only events whose `eventDataId` it does not hold yet. The
 * first run of a subscription reads `lookbackDays` back. A subscription that
 * fails is logged and retried from its cursor by the next run; the others
 * are imported regardless.
 *
 * @internal
 */
export class ActivityLogImporter {
  readonly #reader: ActivityLogReader;
  readonly #ledger: Pick<AuditLedger, 'appendNew'>;
  readonly #cursors: ActivityLogCursors;
  readonly #subscriptions: ActivityLogSubscription[];
  readonly #lookbackMs: number;
  readonly #overlapMs: number;
  readonly #logger: LoggerService;
  readonly #now: () => number;

  constructor(options: {
    reader: ActivityLogReader;
    ledger: Pick<AuditLedger, 'appendNew'>;
    cursors: ActivityLogCursors;
    subscriptions: ActivityLogSubscription[];
    lookbackDays: number;
    overlapMinutes: number;
    logger: LoggerService;
    /** The clock, in ms; `Date.now` unless a test moves it. */
    now?: () => number;
  }) {
    this.#reader = options.reader;
    this.#ledger = options.ledger;
    this.#cursors = options.cursors;
    this.#subscriptions = options.subscriptions;
    this.#lookbackMs = options.lookbackDays * DAY_MS;
    this.#overlapMs = options.overlapMinutes * MINUTE_MS;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
  }

  /** Imports every subscription; never throws for one that fails. */
  async run(): Promise<ActivityLogImportOutcome[]> {
    const outcomes: ActivityLogImportOutcome[] = [];
    for (const subscription of this.#subscriptions) {
      const { subscriptionId } = subscription;
      try {
        const outcome = await this.#import(subscription);
        this.#logger.info(
          `Imported ${outcome.added} new Azure Activity Log event(s) of subscription ${subscriptionId}`,
          {
            subscriptionId,
            read: outcome.read,
            added: outcome.added,
            from: outcome.window.from.toISOString(),
            to: outcome.window.to.toISOString(),
          },
        );
        outcomes.push(outcome);
      } catch (error) {
        this.#logger.warn(
          `Could not import the Azure Activity Log of subscription ${subscriptionId}; the next run retries from where this one stopped: ${stringifyError(
            error,
          )}`,
          { subscriptionId },
        );
        outcomes.push({ subscriptionId, error: error as Error });
      }
    }
    return outcomes;
  }

  async #import(subscription: ActivityLogSubscription) {
    const window = await this.#windowOf(subscription.subscriptionId);
    let read = 0;
    let added = 0;
    for (const slice of slices(window)) {
      const events = await this.#reader.list(subscription, slice);
      read += events.length;
      added += await this.#ledger.appendNew(mapEvents(events));
      await this.#cursors.set(subscription.subscriptionId, slice.to);
    }
    return { subscriptionId: subscription.subscriptionId, read, added, window };
  }

  async #windowOf(subscriptionId: string): Promise<ActivityLogWindow> {
    const now = this.#now();
    const cursor = await this.#cursors.get(subscriptionId);
    const start = cursor
      ? cursor.getTime() - this.#overlapMs
      : now - this.#lookbackMs;
    const oldest = now - ACTIVITY_LOG_RETENTION_DAYS * DAY_MS;
    return {
      from: new Date(Math.min(Math.max(start, oldest), now)),
      to: new Date(now),
    };
  }
}

/** The window cut into consecutive slices of at most a day; none when it is empty. */
function slices(window: ActivityLogWindow): ActivityLogWindow[] {
  const result: ActivityLogWindow[] = [];
  const end = window.to.getTime();
  for (let from = window.from.getTime(); from < end; from += SLICE_MS) {
    result.push({
      from: new Date(from),
      to: new Date(Math.min(from + SLICE_MS, end)),
    });
  }
  return result;
}
