/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditFilter } from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';

function isoTime(value: string | undefined, name: string) {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new InputError(
      `Invalid ${name}: '${value}' is not an ISO 8601 time, e.g. 2026-03-01T00:00:00Z`,
    );
  }
  return time.toISOString();
}

const sortedOrUndefined = <T extends string>(values: T[] | undefined) =>
  values && values.length > 0 ? [...new Set(values)].sort() : undefined;

const trimmed = (value: string | undefined) =>
  value?.trim() ? value.trim() : undefined;

/**
 * A filter in one normal form: times as ISO 8601 UTC, lists sorted without
 * duplicates, empty values dropped, ARM ids without a trailing slash; throws
 * `InputError` (400) for a time that is not one. Equal filters normalize to
 * equal objects, which page tokens rely on.
 *
 * @internal
 */
export function normalizeAuditFilter(
  filter: AzureMlAuditFilter,
): AzureMlAuditFilter {
  const normal: AzureMlAuditFilter = {
    actor: trimmed(filter.actor),
    action: sortedOrUndefined(filter.action),
    workspaceId: trimmed(filter.workspaceId)?.replace(/\/+$/, ''),
    targetResourceId: trimmed(filter.targetResourceId)?.replace(/\/+$/, ''),
    outcome: sortedOrUndefined(filter.outcome),
    source: sortedOrUndefined(filter.source),
    correlationId: trimmed(filter.correlationId),
    from: isoTime(filter.from, 'from'),
    to: isoTime(filter.to, 'to'),
  };
  return Object.fromEntries(
    Object.entries(normal).filter(([, v]) => v !== undefined),
  ) as AzureMlAuditFilter;
}

/** Escapes LIKE's wildcards, so ids with `_` or `%` match only themselves. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, c => `\\${c}`);
}

/**
 * Adds a normalized filter to a query of `azure_ml_audit_events`. The
 * actor matches a user ref, Entra object id or service name; ids, refs and
 * correlation ids match in any case, as Azure and Backstage treat them;
 * `targetResourceId` matches that resource and every resource under it.
 *
 * @internal
 */
export function whereAuditFilter(
  query: Knex.QueryBuilder,
  filter: AzureMlAuditFilter,
): Knex.QueryBuilder {
  const lower = (column: string) => `lower(${column}) = ?`;
  if (filter.actor) {
    const actor = filter.actor.toLowerCase();
    query.where(q =>
      q
        .whereRaw(lower('actor_user_entity_ref'), [actor])
        .orWhereRaw(lower('actor_object_id'), [actor])
        .orWhereRaw(lower('actor_service'), [actor]),
    );
  }
  if (filter.action) query.whereIn('action', filter.action);
  if (filter.outcome) query.whereIn('outcome', filter.outcome);
  if (filter.source) query.whereIn('source', filter.source);
  if (filter.workspaceId) {
    query.whereRaw(lower('workspace_id'), [filter.workspaceId.toLowerCase()]);
  }
  if (filter.targetResourceId) {
    const target = filter.targetResourceId.toLowerCase();
    query.where(q =>
      q
        .whereRaw(lower('target_resource_id'), [target])
        .orWhereRaw(`lower(target_resource_id) like ? escape '\\'`, [
          `${likeLiteral(target)}/%`,
        ]),
    );
  }
  if (filter.correlationId) {
    query.whereRaw(lower('correlation_id'), [
      filter.correlationId.toLowerCase(),
    ]);
  }
  if (filter.from) query.where('time', '>=', filter.from);
  if (filter.to) query.where('time', '<', filter.to);
  return query;
}
