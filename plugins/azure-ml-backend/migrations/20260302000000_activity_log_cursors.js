/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// @ts-check

/**
 * How far the Azure Activity Log of each subscription has been imported
 * into the audit ledger: the end of the last time window read completely.
 * Times are ISO 8601 strings, as in the ledger.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('azure_ml_activity_log_cursors', table => {
    table.comment(
      'Progress of the Azure Activity Log import, one row per subscription',
    );
    table
      .string('subscription_id', 36)
      .notNullable()
      .primary()
      .comment('The subscription id (a GUID, lower case)');
    table
      .string('imported_until', 32)
      .notNullable()
      .comment('ISO 8601, UTC: the end of the last window read completely');
    table.string('updated_at', 32).notNullable().comment('ISO 8601, UTC');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('azure_ml_activity_log_cursors');
};
