/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditEvent } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { AuditExportFormat } from './readAuditQuery';

/** The CSV columns, in order: every property of an event. */
const CSV_COLUMNS = [
  'sequence',
  'id',
  'time',
  'actor',
  'action',
  'targetResourceId',
  'workspaceId',
  'parameters',
  'outcome',
  'errorCode',
  'deniedBy',
  'message',
  'correlationId',
  'requestId',
  'clientIp',
  'userAgent',
  'source',
  'previousHash',
  'hash',
] as const satisfies ReadonlyArray<keyof AzureMlAuditEvent>;

// Compiles only while the columns name every property of an event.
type MissingColumn = Exclude<
  keyof AzureMlAuditEvent,
  (typeof CSV_COLUMNS)[number]
>;
const everyPropertyHasAColumn: [MissingColumn] extends [never] ? true : never =
  true;
void everyPropertyHasAColumn;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's
 * CSV injection list).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: objects as JSON, formula starts defused, quoted per RFC 4180 when needed. */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) {
    return '';
  }
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * How one export format writes a file: its media type, file extension, what
 * comes before the first event, and each event.
 *
 * @internal
 */
export interface AuditExportEncoder {
  contentType: string;
  extension: string;
  header: string;
  encode(event: AzureMlAuditEvent): string;
}

/**
 * The encoder of an export format: NDJSON (one event as JSON per line) or
 * CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold
 * a quote, comma or line break; `actor` and `parameters` as JSON in their
 * cells; a cell starting with `=`, `+`, `-`, `@`, tab or CR prefixed with
 * `'` so spreadsheets do not run it).
 *
 * @internal
 */
export function auditExportEncoder(
  format: AuditExportFormat,
): AuditExportEncoder {
  if (format === 'csv') {
    return {
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
      header: csvLine([...CSV_COLUMNS]),
      encode: event => csvLine(CSV_COLUMNS.map(column => event[column])),
    };
  }
  return {
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'ndjson',
    header: '',
    encode: event => `${JSON.stringify(event)}\n`,
  };
}
