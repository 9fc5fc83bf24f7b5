/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request } from 'express';
import { GraphError, badRequest } from './graphErrors';
import { canonicalProperty, type GraphEntityType } from './graphObject';
import {
  advancedOperatorIn,
  parseFilter,
  type FilterExpression,
} from './odataFilter';
import { parseSearch, type SearchExpression } from './odataSearch';

/** The OData system query options of one Graph call, checked. */
export type ODataQuery = {
  top?: number;
  select?: string[];
  expand: string[];
  filter?: FilterExpression;
  search?: SearchExpression;
  orderBy?: { property: string; descending: boolean };
  count: boolean;
  skipToken?: string;
};

const OPTIONS = [
  '$top',
  '$select',
  '$expand',
  '$filter',
  '$search',
  '$orderby',
  '$count',
  '$skiptoken',
];

export const MAX_PAGE_SIZE = 999;

const ADVANCED_QUERIES_DOC =
  'Refer to https://aka.ms/graph-docs/advanced-queries for more information';

function unsupportedQuery(message: string): GraphError {
  return new GraphError(400, 'Request_UnsupportedQuery', message);
}

/** Option values by lowercased name; each may be given once. */
function readOptions(req: Request): Map<string, string> {
  const options = new Map<string, string>();
  for (const [name, value] of Object.entries(req.query)) {
    if (!name.startsWith('$')) continue;
    const option = name.toLowerCase();
    if (!OPTIONS.includes(option)) {
      throw badRequest(`The query parameter '${name}' is not supported.`);
    }
    if (typeof value !== 'string' || options.has(option)) {
      throw badRequest(
        `Query option '${name}' was specified more than once, but it must be specified at most once.`,
      );
    }
    options.set(option, value);
  }
  return options;
}

function notFoundOn(type: GraphEntityType, name: string): GraphError {
  return badRequest(
    `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type '${type.name}'.`,
  );
}

function parseTop(value: string): number {
  const top = Number(value);
  if (!/^\d+$/.test(value) || top < 1 || top > MAX_PAGE_SIZE) {
    throw badRequest(
      `Invalid page size specified: '${value}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`,
    );
  }
  return top;
}

function parseSelect(value: string, type: GraphEntityType): string[] {
  return value
    .split(',')
    .map(name => name.trim())
    .filter(Boolean)
    .map(name => {
      const property = canonicalProperty(type, name);
      if (!property) throw notFoundOn(type, name);
      return property;
    });
}

function parseExpand(value: string, type: GraphEntityType): string[] {
  return value
    .split(',')
    .map(name => name.trim())
    .filter(Boolean)
    .map(name => {
      const navigation = type.navigations.find(
        n => n.toLowerCase() === name.toLowerCase(),
      );
      if (!navigation) throw notFoundOn(type, name);
      return navigation;
    });
}

function parseOrderBy(value: string, type: GraphEntityType) {
  const match = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/i.exec(value);
  const property = match && canonicalProperty(type, match[1]);
  const kind = property && type.properties[property];
  if (!match || !property || kind === 'collection' || kind === 'complex') {
    throw badRequest(`Invalid $orderby clause: '${value}'.`);
  }
  return { property, descending: match[2]?.toLowerCase() === 'desc' };
}

function parseCount(value: string): boolean {
  if (value !== 'true' && value !== 'false') {
    throw badRequest(`The value '${value}' of $count must be true or false.`);
  }
  return value === 'true';
}

/**
 * Reads and checks a call's query options against `type`. Like Graph, it
 * refuses `$search`, `$count` and the advanced filter operators unless the
 * call asks for eventual consistency.
 */
export function parseODataQuery(
  req: Request,
  type: GraphEntityType,
): ODataQuery {
  const options = readOptions(req);
  const eventual =
    String(req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  const read = <T>(name: string, parse: (value: string) => T) => {
    const value = options.get(name);
    return value === undefined ? undefined : parse(value);
  };
  const query: ODataQuery = {
    top: read('$top', parseTop),
    select: read('$select', v => parseSelect(v, type)),
    expand: read('$expand', v => parseExpand(v, type)) ?? [],
    filter: read('$filter', v => parseFilter(v, type)),
    search: read('$search', v => parseSearch(v, type)),
    orderBy: read('$orderby', v => parseOrderBy(v, type)),
    count: read('$count', parseCount) ?? false,
    skipToken: options.get('$skiptoken'),
  };
  if (query.search && !eventual) {
    throw unsupportedQuery(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  if (query.count && !eventual) {
    throw unsupportedQuery(
      `$count=true needs the 'ConsistencyLevel: eventual' header. ${ADVANCED_QUERIES_DOC}`,
    );
  }
  const advanced = query.filter && advancedOperatorIn(query.filter);
  if (advanced && !(eventual && query.count)) {
    throw unsupportedQuery(
      `Operator '${advanced}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. ${ADVANCED_QUERIES_DOC}`,
    );
  }
  return query;
}
