/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// @ts-check

/**
 * The audit ledger: one hash-chained, append-only table of events and the
 * checkpoints that anchor the chain after a prune.
 *
 * Times are stored as ISO 8601 strings (`2026-03-01T12:00:00.000Z`), exactly
 * as they are hashed, so reading a row back never changes what was signed;
 * the fixed format sorts in time order.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('azure_ml_audit_events', table => {
    table.comment('The Azure ML audit ledger: append-only, hash-chained');
    table
      .bigInteger('sequence')
      .notNullable()
      .primary()
      .comment('The place in the chain: 1, 2, 3, ... with no gaps');
    table.string('id', 36).notNullable().unique().comment('Event id (uuid)');
    table.string('time', 32).notNullable().comment('ISO 8601, UTC');
    table.string('actor_user_entity_ref', 255).nullable();
    table.string('actor_object_id', 64).nullable();
    table.string('actor_tenant_id', 64).nullable();
    table.string('actor_service', 255).nullable();
    table.string('action', 64).notNullable();
    table.text('target_resource_id').nullable();
    table.text('workspace_id').nullable();
    table
      .text('parameters')
      .notNullable()
      .comment('JSON, secrets redacted, exactly as hashed');
    table.string('outcome', 16).notNullable();
    table.string('error_code', 255).nullable();
    table.string('denied_by', 16).nullable();
    table.text('message').nullable();
    table.string('correlation_id', 255).nullable();
    table.string('request_id', 255).nullable();
    table.string('client_ip', 64).nullable();
    table.text('user_agent').nullable();
    table.string('source', 32).notNullable();
    table
      .string('external_id', 255)
      .nullable()
      .comment('Unique per source for imported events');
    table.string('previous_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.unique(['source', 'external_id']);
    table.index('time');
    table.index('correlation_id');
    table.index('actor_user_entity_ref');
  });
  await knex.schema.createTable('azure_ml_audit_checkpoints', table => {
    table.comment(
      'Anchors of the audit chain: the last event removed by each prune',
    );
    table
      .bigInteger('sequence')
      .notNullable()
      .primary()
      .comment('The sequence of the last removed event');
    table.string('hash', 64).notNullable().comment('The hash of that event');
    table.string('time', 32).notNullable().comment('When the prune ran');
    table
      .string('signature', 64)
      .notNullable()
      .comment('HMAC of sequence, hash and time, so no one forges an anchor');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('azure_ml_audit_checkpoints');
  await knex.schema.dropTable('azure_ml_audit_events');
};
