/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { badRequest } from './graphErrors';
import {
  canonicalProperty,
  type GraphEntityType,
  type GraphObject,
} from './graphObject';

/** One `"property:words"` term of a `$search`. */
type SearchTerm = { property: string; words: string[] };

/** A parsed `$search`: terms joined by AND (all) or OR (any). */
export type SearchExpression = { join: 'AND' | 'OR'; terms: SearchTerm[] };

/**
 * Parses Graph's directory `$search`: quoted `"property:value"` terms joined
 * by `AND` or `OR`, e.g. `"displayName:team" OR "mail:team"`.
 */
export function parseSearch(
  search: string,
  type: GraphEntityType,
): SearchExpression {
  const parts = search.trim().split(/\s+(AND|OR)\s+(?=")/);
  const terms: SearchTerm[] = [];
  const joins = new Set<string>();
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      joins.add(part);
      return;
    }
    const term = /^"([^":]+):([^"]*)"$/.exec(part);
    if (!term) {
      throw badRequest(
        `Syntax error: '${part}' in $search is not a quoted "property:value" term.`,
      );
    }
    const property = canonicalProperty(type, term[1].trim());
    if (!property || !type.searchable.includes(property)) {
      throw badRequest(
        `Invalid $search: property '${term[1].trim()}' cannot be searched on type '${
          type.name
        }'.`,
      );
    }
    terms.push({
      property,
      words: term[2].toLowerCase().split(/\s+/).filter(Boolean),
    });
  });
  if (joins.size > 1) {
    throw badRequest(
      'Invalid $search: mixing AND and OR needs parentheses, which the emulator does not support.',
    );
  }
  return { join: joins.has('AND') ? 'AND' : 'OR', terms };
}

/**
 * Graph's search tokenizes values (on spaces, punctuation and camel case) and
 * matches each word of a term as a prefix of some token.
 */
function tokensOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function termMatches(object: GraphObject, term: SearchTerm): boolean {
  const value = object.properties[term.property];
  if (typeof value !== 'string') return false;
  const tokens = tokensOf(value);
  return term.words.every(
    word =>
      value.toLowerCase().startsWith(word) ||
      tokens.some(token => token.startsWith(word)),
  );
}

export function matchesSearch(
  object: GraphObject,
  search: SearchExpression,
): boolean {
  return search.join === 'AND'
    ? search.terms.every(term => termMatches(object, term))
    : search.terms.some(term => termMatches(object, term));
}
