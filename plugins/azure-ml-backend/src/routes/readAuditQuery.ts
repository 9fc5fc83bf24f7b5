/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlAuditActions,
  azureMlAuditOutcomes,
  azureMlAuditSources,
  parseWorkspaceId,
  type AzureMlAuditFilter,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { commaList, correlationIdSchema, parseInput } from './zodInput';

/**
 * An ISO 8601 date (`2026-04-01`, midnight UTC) or date-time with a time
 * zone; a time without a zone is refused, as it would be read in the
 * server's zone.
 */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/** Whether the calendar day exists: `2026-02-30` matches the pattern but is no date. */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoTime = z
  .string()
  .transform((value, ctx) => {
    const match = ISO_TIME.exec(value);
    if (!match || !isRealDay(+match[1], +match[2], +match[3])) {
      ctx.addIssue({
        code: 'custom',
        message: `'${value}' is not an ISO 8601 date or date-time with a time zone, for example 2026-04-01 or 2026-04-01T09:30:00Z`,
      });
      return z.NEVER;
    }
    return new Date(value).toISOString();
  })
  .optional();

/** A list of values of one audit vocabulary, each once. */
function vocabularyList<T extends string>(values: readonly [T, ...T[]]) {
  return commaList(z.enum(values))
    .transform(list => [...new Set(list)])
    .optional();
}

const workspaceId = z
  .string()
  .max(1024)
  .transform((value, ctx) => {
    try {
      parseWorkspaceId(value);
      return value;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  })
  .optional();

const filterShape = {
  actor: z.string().min(1).max(255).optional(),
  action: vocabularyList(azureMlAuditActions),
  workspaceId,
  targetResourceId: z
    .string()
    .max(2048)
    .regex(/^\/subscriptions\/\S*$/, {
      message:
        'must be an Azure Resource Manager id (or a prefix of one) starting with /subscriptions/, without spaces',
    })
    .optional(),
  outcome: vocabularyList(azureMlAuditOutcomes),
  source: vocabularyList(azureMlAuditSources),
  correlationId: correlationIdSchema,
  from: isoTime,
  to: isoTime,
};

const listQuery = z.strictObject({
  ...filterShape,
  pageToken: z.string().min(1).max(4096).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const exportQuery = z.strictObject({
  ...filterShape,
  format: z.enum(['ndjson', 'csv']),
});

/**
 * The export formats of the audit log.
 *
 * @internal
 */
export type AuditExportFormat = 'ndjson' | 'csv';

function parse<T extends AzureMlAuditFilter>(
  schema: z.ZodType<T>,
  query: unknown,
): T {
  const parsed = parseInput(schema, query, { what: 'query', root: 'query' });
  const { from, to } = parsed;
  if (from && to && from >= to) {
    throw new InputError(
      `Invalid query: from (${from}) must be before to (${to})`,
    );
  }
  return withoutUndefined(parsed);
}

/** The value without its keys that are `undefined`, so filters compare and log cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * The query of the audit log list: its filters, `pageToken` and `limit`
 * (1 to 1000, default 100); throws `InputError` naming every bad parameter,
 * or `from` that is not before `to`.
 *
 * @internal
 */
export function readAuditListQuery(
  query: unknown,
): AzureMlAuditFilter & { pageToken?: string; limit: number } {
  return parse(listQuery, query);
}

/**
 * The query of the audit log export: its filters and the `format`.
 *
 * @internal
 */
export function readAuditExportQuery(
  query: unknown,
): AzureMlAuditFilter & { format: AuditExportFormat } {
  return parse(exportQuery, query);
}
