/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { invalidParameter } from './mlflowErrors';
import { pageOf, type Page } from './paging';
import {
  integerParam,
  optionalString,
  stringList,
  type MlflowParams,
} from './requestParams';
import {
  matchesFilter,
  parseSearchFilter,
  type FilterClause,
  type SearchRecord,
} from './searchFilter';
import type { SearchSchema } from './searchIdentifier';
import { parseOrderBy, sortRecords, type OrderTerm } from './searchOrder';

/** What a search call asks for: its filter, its order and its page size. */
export type SearchRequest = {
  clauses: FilterClause[];
  order: OrderTerm[];
  maxResults: number;
};

/**
 * The view type a search names in `name` (`view_type`, `run_view_type`),
 * `ACTIVE_ONLY` when absent, or INVALID_PARAMETER_VALUE when not one of `valid`.
 */
export function viewTypeParam(
  params: MlflowParams,
  name: string,
  valid: string[],
): string {
  const viewType = optionalString(params, name) ?? 'ACTIVE_ONLY';
  if (!valid.includes(viewType)) {
    throw invalidParameter(
      `Invalid value '${viewType}' for parameter '${name}' supplied. Valid values are '${valid.join(
        "', '",
      )}'.`,
    );
  }
  return viewType;
}

/**
 * Reads `max_results`, `filter` and `order_by`; without `order_by` the
 * search sorts by `defaultOrder`, and always lastly by `tieBreak`.
 */
export function searchRequestOf(
  params: MlflowParams,
  schema: SearchSchema,
  ordering: { defaultOrder: string[]; tieBreak: string[] },
): SearchRequest {
  const maxResults = integerParam(params, 'max_results', {
    min: 1,
    max: 50000,
    fallback: 1000,
  });
  const clauses = parseSearchFilter(optionalString(params, 'filter'), schema);
  const orderBy = stringList(params, 'order_by');
  const order = parseOrderBy(
    [
      ...(orderBy.length ? orderBy : ordering.defaultOrder),
      ...ordering.tieBreak,
    ],
    schema,
  );
  return { clauses, order, maxResults };
}

/** The page of `items` that match the search, in its order. */
export function searchPage<T>(
  items: T[],
  recordOf: (item: T) => SearchRecord,
  search: SearchRequest,
  pageToken: string | undefined,
): Page<T> {
  const records = items
    .map(item => ({ item, ...recordOf(item) }))
    .filter(record => matchesFilter(record, search.clauses));
  return pageOf(
    sortRecords(records, search.order).map(r => r.item),
    search.maxResults,
    pageToken,
  );
}
