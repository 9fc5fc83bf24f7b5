/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { DatabaseService } from '@backstage/backend-plugin-api';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** The table, created by the package's migration `..._activity_log_cursors`. */
export const ACTIVITY_LOG_CURSORS_TABLE = 'azure_ml_activity_log_cursors';

type CursorRow = {
  subscription_id: string;
  imported_until: string;
  updated_at: string;
};

/**
 * How far each subscription's Activity Log has been imported: the end of
 * the last window read completely, one row per subscription.
 *
 * @internal
 */
export class ActivityLogCursors {
  readonly #knex: Knex;

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  /** The end of the last window read completely; undefined before the first. */
  async get(subscriptionId: string): Promise<Date | undefined> {
    const row = await this.#knex<CursorRow>(ACTIVITY_LOG_CURSORS_TABLE)
      .where({ subscription_id: subscriptionId.toLowerCase() })
      .first();
    return row ? new Date(row.imported_until) : undefined;
  }

  /** Records that everything up to `importedUntil` was read. */
  async set(subscriptionId: string, importedUntil: Date): Promise<void> {
    await this.#knex<CursorRow>(ACTIVITY_LOG_CURSORS_TABLE)
      .insert({
        subscription_id: subscriptionId.toLowerCase(),
        imported_until: importedUntil.toISOString(),
        updated_at: new Date().toISOString(),
      })
      .onConflict('subscription_id')
      .merge();
  }
}
