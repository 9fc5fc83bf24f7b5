/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { ArmError } from '../server/errors';

/** One clause of an ARM `$filter`: `name op 'value'`, or a function call. */
export type FilterClause =
  | {
      kind: 'compare';
      field: string;
      op: 'eq' | 'ne' | 'ge' | 'le' | 'gt' | 'lt';
      value: string;
    }
  | { kind: 'call'; name: string; argument?: string };

const CLAUSE =
  /^\s*(?:([A-Za-z][\w/.]*)\s+(eq|ne|ge|le|gt|lt)\s+'((?:[^']|'')*)'|([A-Za-z]\w*)\(\s*(?:'((?:[^']|'')*)')?\s*\))\s*$/i;

/**
 * Parses the `and`-joined clauses ARM's list APIs accept. Anything else is a
 * 400, as ARM answers an unsupported filter.
 */
export function parseFilter(filter: string | undefined): FilterClause[] {
  if (!filter) return [];
  return filter.split(/\s+and\s+/i).map(part => {
    const m = CLAUSE.exec(part);
    if (!m) {
      throw new ArmError(
        400,
        'InvalidFilterInQueryString',
        `The filter '${filter}' is not supported. Use clauses like "name eq 'value'" joined by 'and'.`,
      );
    }
    if (m[1]) {
      return {
        kind: 'compare',
        field: m[1],
        op: m[2].toLowerCase() as 'eq',
        value: m[3].replaceAll("''", "'"),
      };
    }
    return { kind: 'call', name: m[4], argument: m[5]?.replaceAll("''", "'") };
  });
}
