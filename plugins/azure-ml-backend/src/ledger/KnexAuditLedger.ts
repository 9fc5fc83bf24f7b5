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
import {
  resolvePackagePath,
  type DatabaseService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { AuditLedger, AuditQuery, AuditRecord } from './AuditLedger';
import {
  AUDIT_CHECKPOINTS_TABLE,
  AUDIT_EVENTS_TABLE,
  toAuditEvent,
  type AuditCheckpointRow,
  type AuditEventRow,
} from './auditEventRow';
import {
  decodeAuditPageToken,
  encodeAuditPageToken,
  type AuditOrder,
} from './auditPageToken';
import { buildAuditEventRow } from './buildAuditEventRow';
import { GENESIS_HASH, checkpointSignature } from './canonicalEventEncoding';
import { verifyAuditChain } from './verifyAuditChain';
import { normalizeAuditFilter, whereAuditFilter } from './whereAuditFilter';

const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@azure-ml-backstage/plugin-azure-ml-backend',
  'migrations',
);

/**
 * The PostgreSQL advisory lock every writer of the chain holds while it
 * appends ("azml", "audt"): held to the end of the transaction, so replicas
 * append one after the other.
 */
const CHAIN_LOCK = [0x617a6d6c, 0x61756474] as const;

/** Rows per statement: well under SQLite's limit of bound variables. */
const INSERT_CHUNK = 200;
const LOOKUP_CHUNK = 500;
const VERIFY_BATCH = 5000;
const STREAM_BATCH = 1000;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
/** The most appends written in one transaction. */
const MAX_APPEND_BATCH = 200;
/** Attempts of an append that lost a race for its sequence (the unique key). */
const APPEND_ATTEMPTS = 3;

/** The actor of the ledger's own events, such as `audit.prune`. */
const LEDGER_ACTOR = { service: 'plugin:azure-ml' };

type ChainEnd = { sequence: number; hash: string };

type PendingAppend = {
  record: AuditRecord;
  resolve(row: AuditEventRow): void;
  reject(error: unknown): void;
};

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '23505' || String(code).startsWith('SQLITE_CONSTRAINT');
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/**
 * The {@link AuditLedger} in the plugin's database (`coreServices.database`):
 * table `azure_ml_audit_events`, one linear hash chain, and
 * `azure_ml_audit_checkpoints`, the anchors left by pruning.
 *
 * On PostgreSQL every append runs in a transaction that first takes a
 * transaction-scoped advisory lock, then reads the end of the chain and
 * inserts after it, so several backend replicas writing at once still make
 * one chain; on SQLite (one process) appends are queued in the process and
 * each runs in a transaction. The unique `sequence` is the last line of
 * defence: an append that loses a race anyway is retried. Appends that
 * arrive while a transaction is being written are written together in the
 * next one (group commit); each still resolves only once it is committed.
 *
 * The chain shows any edited, removed, swapped or inserted event, and a
 * forged checkpoint; what no chain can show is that its newest events were
 * cut off. The `auditor` mirror and Azure's Activity Log are the
 * independent records for that.
 *
 * @internal
 */
export class KnexAuditLedger implements AuditLedger {
  readonly #db: Knex;
  readonly #secret: string;
  readonly #postgres: boolean;
  #queue: Promise<unknown> = Promise.resolve();
  #pending: PendingAppend[] = [];
  #flushing = false;

  /**
   * Opens the ledger in the plugin's database, migrating it to the latest
   * schema unless the database service says to skip migrations.
   *
   * @param options.secret - The HMAC key of the chain (`azureMl.audit.secret`).
   */
  static async create(options: {
    database: DatabaseService;
    secret: string;
  }): Promise<KnexAuditLedger> {
    const db = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await db.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
    }
    return new KnexAuditLedger(db, options.secret);
  }

  constructor(db: Knex, secret: string) {
    if (!secret) throw new Error('The audit ledger needs an HMAC secret');
    this.#db = db;
    this.#secret = secret;
    const client = String(db.client.config?.client ?? '');
    this.#postgres = ['pg', 'postgres', 'postgresql'].includes(client);
  }

  async append(record: AuditRecord): Promise<AzureMlAuditEvent> {
    // Refuse a record that cannot be stored before it joins a batch.
    buildAuditEventRow(this.#secret, record, {
      sequence: 1,
      previousHash: GENESIS_HASH,
    });
    const row = await new Promise<AuditEventRow>((resolve, reject) => {
      this.#pending.push({ record, resolve, reject });
      if (!this.#flushing) this.#flush();
    });
    return toAuditEvent(row);
  }

  async appendNew(records: AuditRecord[]): Promise<number> {
    const missing = records.find(r => !r.externalId);
    if (missing) {
      throw new Error(
        `appendNew takes records with an externalId; a ${missing.action} record from ${missing.source} has none`,
      );
    }
    if (records.length === 0) return 0;
    const added = await this.#inChain(async tx =>
      this.#insertAtEnd(tx, await this.#notYetStored(tx, records)),
    );
    return added.length;
  }

  async query(query: AuditQuery): Promise<Page<AzureMlAuditEvent>> {
    const { pageToken, limit = DEFAULT_LIMIT, order = 'newest' } = query;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new InputError(
        `Invalid limit: ${limit}; ask for 1 to ${MAX_LIMIT} events a page`,
      );
    }
    if (order !== 'newest' && order !== 'oldest') {
      throw new InputError(
        `Invalid order: '${order}'; use 'newest' or 'oldest'`,
      );
    }
    const filter = normalizeAuditFilter(query);
    const after =
      pageToken === undefined
        ? undefined
        : decodeAuditPageToken(pageToken, filter, order);
    const select = whereAuditFilter(this.#db(AUDIT_EVENTS_TABLE), filter);
    if (after !== undefined) {
      select.where('sequence', order === 'newest' ? '<' : '>', after);
    }
    const rows: AuditEventRow[] = await select
      .orderBy('sequence', order === 'newest' ? 'desc' : 'asc')
      .limit(limit + 1);
    const items = rows.slice(0, limit).map(toAuditEvent);
    const last = items[items.length - 1];
    return rows.length > limit
      ? { items, nextPageToken: this.#pageToken(filter, order, last) }
      : { items };
  }

  async *stream(filter: AzureMlAuditFilter): AsyncIterable<AzureMlAuditEvent> {
    const normal = normalizeAuditFilter(filter);
    let after = 0;
    for (;;) {
      const rows: AuditEventRow[] = await whereAuditFilter(
        this.#db(AUDIT_EVENTS_TABLE),
        normal,
      )
        .where('sequence', '>', after)
        .orderBy('sequence', 'asc')
        .limit(STREAM_BATCH);
      for (const row of rows) yield toAuditEvent(row);
      if (rows.length < STREAM_BATCH) return;
      after = Number(rows[rows.length - 1].sequence);
    }
  }

  async verify(): Promise<AzureMlAuditVerification> {
    // A prune between reading the checkpoint and walking the events looks
    // like a gap at the start; walk once more from the new checkpoint.
    for (let attempt = 1; ; attempt++) {
      const checkpoint = await this.#latestCheckpoint(this.#db);
      const end = await this.#db(AUDIT_EVENTS_TABLE)
        .max('sequence as sequence')
        .first();
      const result = await verifyAuditChain({
        secret: this.#secret,
        checkpoint,
        batches: this.#rowsInOrder(
          checkpoint ? Number(checkpoint.sequence) : 0,
          Number(end?.sequence ?? 0),
        ),
      });
      if (result.valid || attempt >= 2) return result;
      const now = await this.#latestCheckpoint(this.#db);
      if (Number(now?.sequence) === Number(checkpoint?.sequence)) {
        return result;
      }
    }
  }

  async prune(before: Date): Promise<{ removed: number }> {
    if (Number.isNaN(before.getTime())) {
      throw new InputError('Invalid prune time');
    }
    const cutoff = before.toISOString();
    return this.#inChain(async tx => {
      const upTo = await this.#prunablePrefix(tx, cutoff);
      if (upTo === undefined) return { removed: 0 };
      const anchor: { hash: string } = await tx(AUDIT_EVENTS_TABLE)
        .where('sequence', upTo)
        .first('hash');
      const checkpoint = {
        sequence: upTo,
        hash: anchor.hash,
        time: new Date().toISOString(),
      };
      await tx(AUDIT_CHECKPOINTS_TABLE).insert({
        ...checkpoint,
        signature: checkpointSignature(this.#secret, checkpoint),
      });
      const removed = await tx(AUDIT_EVENTS_TABLE)
        .where('sequence', '<=', upTo)
        .delete();
      await this.#insertAtEnd(tx, [
        {
          actor: LEDGER_ACTOR,
          action: 'audit.prune',
          outcome: 'succeeded',
          source: 'portal',
          parameters: {
            before: cutoff,
            removed,
            checkpoint: { sequence: upTo, hash: anchor.hash },
          },
          message: `Removed ${removed} events recorded before ${cutoff}; the chain now starts after the checkpoint at sequence ${upTo}`,
        },
      ]);
      return { removed };
    });
  }

  /**
   * The last sequence of the longest start of the chain recorded before
   * `cutoff`: pruning removes a prefix, so what remains still links to the
   * checkpoint. An event recorded with an older time (an import) after a
   * newer one is kept until the events before it go.
   */
  async #prunablePrefix(
    tx: Knex.Transaction,
    cutoff: string,
  ): Promise<number | undefined> {
    const bounds = await tx(AUDIT_EVENTS_TABLE)
      .min('sequence as first')
      .max('sequence as last')
      .first();
    if (bounds?.first === null || bounds?.first === undefined) return undefined;
    const kept = await tx(AUDIT_EVENTS_TABLE)
      .where('time', '>=', cutoff)
      .min('sequence as sequence')
      .first();
    const upTo =
      kept?.sequence === null || kept?.sequence === undefined
        ? Number(bounds.last)
        : Number(kept.sequence) - 1;
    return upTo >= Number(bounds.first) ? upTo : undefined;
  }

  #pageToken(
    filter: AzureMlAuditFilter,
    order: AuditOrder,
    last: AzureMlAuditEvent,
  ): string {
    return encodeAuditPageToken(filter, order, last.sequence);
  }

  /**
   * Writes the appends waiting, in the order they came, in one transaction
   * (group commit): each resolves once that transaction commits, and while
   * it runs new appends gather for the next. A writer thus holds the chain's
   * lock once for many events, not once per event.
   */
  #flush(): void {
    const batch = this.#pending.splice(0, MAX_APPEND_BATCH);
    if (batch.length === 0) {
      this.#flushing = false;
      return;
    }
    this.#flushing = true;
    this.#inChain(tx =>
      this.#insertAtEnd(
        tx,
        batch.map(p => p.record),
      ),
    )
      .then(
        rows => batch.forEach((p, i) => p.resolve(rows[i])),
        error => batch.forEach(p => p.reject(error)),
      )
      .finally(() => this.#flush());
  }

  /**
   * Runs `fn` as the one writer of the chain: on PostgreSQL in a transaction
   * holding the chain's advisory lock, on SQLite queued behind this
   * process's other writes. Retried when it loses a race for a sequence.
   */
  async #inChain<T>(fn: (tx: Knex.Transaction) => Promise<T>): Promise<T> {
    const run = () =>
      this.#db.transaction(async tx => {
        if (this.#postgres) {
          await tx.raw('select pg_advisory_xact_lock(?, ?)', [...CHAIN_LOCK]);
        }
        return fn(tx);
      });
    const attempt = async () => {
      for (let i = 1; ; i++) {
        try {
          return await run();
        } catch (error) {
          if (i >= APPEND_ATTEMPTS || !isUniqueViolation(error)) throw error;
        }
      }
    };
    if (this.#postgres) return attempt();
    const queued = this.#queue.then(attempt, attempt);
    this.#queue = queued.catch(() => undefined);
    return queued;
  }

  async #insertAtEnd(
    tx: Knex.Transaction,
    records: AuditRecord[],
  ): Promise<AuditEventRow[]> {
    let end = await this.#chainEnd(tx);
    const rows = records.map(record => {
      const row = buildAuditEventRow(this.#secret, record, {
        sequence: end.sequence + 1,
        previousHash: end.hash,
      });
      end = { sequence: end.sequence + 1, hash: row.hash };
      return row;
    });
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      await tx(AUDIT_EVENTS_TABLE).insert(chunk);
    }
    return rows;
  }

  /** The last event, or the checkpoint when every event was pruned, or the genesis. */
  async #chainEnd(tx: Knex.Transaction): Promise<ChainEnd> {
    const last = await tx(AUDIT_EVENTS_TABLE)
      .orderBy('sequence', 'desc')
      .first('sequence', 'hash');
    const end = last ?? (await this.#latestCheckpoint(tx));
    return end
      ? { sequence: Number(end.sequence), hash: end.hash }
      : { sequence: 0, hash: GENESIS_HASH };
  }

  async #latestCheckpoint(
    db: Knex | Knex.Transaction,
  ): Promise<AuditCheckpointRow | undefined> {
    return db(AUDIT_CHECKPOINTS_TABLE).orderBy('sequence', 'desc').first();
  }

  /** The records whose (source, externalId) is in neither the ledger nor earlier in the list. */
  async #notYetStored(
    tx: Knex.Transaction,
    records: AuditRecord[],
  ): Promise<AuditRecord[]> {
    const key = (source: string, externalId: string) =>
      `${source}\u0000${externalId}`;
    const stored = new Set<string>();
    const bySource = new Map<string, string[]>();
    for (const { source, externalId } of records) {
      bySource.set(source, [...(bySource.get(source) ?? []), externalId!]);
    }
    for (const [source, ids] of bySource) {
      for (const chunk of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
        const rows: { external_id: string }[] = await tx(AUDIT_EVENTS_TABLE)
          .where('source', source)
          .whereIn('external_id', chunk)
          .select('external_id');
        rows.forEach(r => stored.add(key(source, r.external_id)));
      }
    }
    return records.filter(({ source, externalId }) => {
      const k = key(source, externalId!);
      if (stored.has(k)) return false;
      stored.add(k);
      return true;
    });
  }

  /**
   * The events after `after` up to `upTo`, a batch at a time in sequence
   * order; the next batch is read while the caller checks this one. The
   * query has no upper bound, which the planner of a freshly filled table
   * can turn into a scan of every row per batch; rows past `upTo` (appended
   * since the walk began) are dropped here instead.
   */
  async *#rowsInOrder(
    after: number,
    upTo: number,
  ): AsyncIterable<AuditEventRow[]> {
    const batchAfter = async (from: number): Promise<AuditEventRow[]> => {
      if (from >= upTo) return [];
      const rows: AuditEventRow[] = await this.#db(AUDIT_EVENTS_TABLE)
        .where('sequence', '>', from)
        .orderBy('sequence', 'asc')
        .limit(VERIFY_BATCH);
      const end = rows.findIndex(r => Number(r.sequence) > upTo);
      return end < 0 ? rows : rows.slice(0, end);
    };
    let next = batchAfter(after);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      next = batchAfter(Number(rows[rows.length - 1].sequence));
      // Keeps an unread batch from rejecting unhandled if the walk stops early.
      next.catch(() => undefined);
      yield rows;
    }
  }
}
