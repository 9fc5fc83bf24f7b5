/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { invalidParameter } from './mlflowErrors';
import { valueOf, type SearchRecord } from './searchFilter';
import {
  parseIdentifier,
  type Identifier,
  type SearchSchema,
} from './searchIdentifier';

export type OrderTerm = Identifier & { descending: boolean };

/** Parses `order_by` entries such as `metrics.loss ASC` or `start_time DESC`. */
export function parseOrderBy(
  orderBy: string[],
  schema: SearchSchema,
): OrderTerm[] {
  return orderBy.map(entry => {
    const match = /^\s*(\S.*?)(?:\s+(ASC|DESC))?\s*$/i.exec(entry);
    if (!match) {
      throw invalidParameter(`Invalid order_by clause '${entry}'.`);
    }
    return {
      ...parseIdentifier(match[1], schema),
      descending: match[2]?.toUpperCase() === 'DESC',
    };
  });
}

function compareValues(
  a: string | number | undefined,
  b: string | number | undefined,
  descending: boolean,
): number {
  // Missing values sort last whichever the direction, as MLflow's store does.
  if (a === undefined || b === undefined) {
    return Number(a === undefined) - Number(b === undefined);
  }
  if (a === b) return 0;
  const ascending = a < b ? -1 : 1;
  return descending ? -ascending : ascending;
}

/** Sorts records by the terms in turn. */
export function sortRecords<T extends SearchRecord>(
  records: T[],
  terms: OrderTerm[],
): T[] {
  return [...records].sort((a, b) => {
    for (const term of terms) {
      const order = compareValues(
        valueOf(a, term),
        valueOf(b, term),
        term.descending,
      );
      if (order !== 0) return order;
    }
    return 0;
  });
}
