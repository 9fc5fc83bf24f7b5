/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { invalidParameter } from './mlflowErrors';
import {
  parseIdentifier,
  type Identifier,
  type SearchSchema,
} from './searchIdentifier';

type Comparator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'LIKE'
  | 'ILIKE'
  | 'IN'
  | 'NOT IN';

/** One `identifier comparator value` clause; a filter is their conjunction. */
export type FilterClause = Identifier & {
  comparator: Comparator;
  value: string | number | string[];
};

/** The values a run or experiment is searched by. */
export type SearchRecord = {
  attributes: Record<string, string | number | undefined>;
  metrics?: Record<string, number>;
  params?: Record<string, string>;
  tags?: Record<string, string>;
};

type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'symbol'; text: string; at: number };

const STRING_COMPARATORS: Comparator[] = ['=', '!=', 'LIKE', 'ILIKE'];
const LIST_COMPARATORS: Comparator[] = ['IN', 'NOT IN'];
const NUMERIC_COMPARATORS: Comparator[] = ['=', '!=', '<', '<=', '>', '>='];

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  const fail = (at: number) =>
    invalidParameter(
      `Invalid filter '${filter}': unexpected character '${filter[at]}' at position ${at}.`,
    );
  let i = 0;
  while (i < filter.length) {
    const rest = filter.slice(i);
    const space = /^\s+/.exec(rest);
    const word = /^[A-Za-z_]\w*(\.(`[^`]*`|"[^"]*"|[\w\-/:]+))*/.exec(rest);
    const number = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    const symbol = /^(<=|>=|!=|=|<|>|\(|\)|,)/.exec(rest);
    if (space) {
      i += space[0].length;
    } else if (rest[0] === "'" || rest[0] === '"') {
      const end = filter.indexOf(rest[0], i + 1);
      if (end < 0) {
        throw invalidParameter(
          `Invalid filter '${filter}': the string starting at position ${i} is not closed.`,
        );
      }
      tokens.push({ kind: 'string', value: filter.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (word) {
      tokens.push({ kind: 'word', text: word[0], at: i });
      i += word[0].length;
    } else if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: i });
      i += number[0].length;
    } else if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[0], at: i });
      i += symbol[0].length;
    } else {
      throw fail(i);
    }
  }
  return tokens;
}

const isWord = (token: Token | undefined, word: string) =>
  token?.kind === 'word' && token.text.toUpperCase() === word;

const isSymbol = (token: Token | undefined, symbol: string) =>
  token?.kind === 'symbol' && token.text === symbol;

/** A cursor over the tokens of one filter string. */
class FilterParser {
  private i = 0;

  constructor(
    private readonly filter: string,
    private readonly tokens: Token[],
    private readonly schema: SearchSchema,
  ) {}

  parse(): FilterClause[] {
    const clauses = [this.clause()];
    while (this.i < this.tokens.length) {
      if (!isWord(this.tokens[this.i], 'AND')) this.fail("'AND'");
      this.i++;
      clauses.push(this.clause());
    }
    return clauses;
  }

  private clause(): FilterClause {
    const name = this.tokens[this.i];
    if (name?.kind !== 'word') return this.fail('an identifier');
    this.i++;
    const identifier = parseIdentifier(name.text, this.schema);
    const comparator = this.comparator();
    const value = LIST_COMPARATORS.includes(comparator)
      ? this.list()
      : this.literal();
    return checkClause({ ...identifier, comparator, value }, this.schema);
  }

  private comparator(): Comparator {
    const token = this.tokens[this.i];
    if (token?.kind === 'symbol' && !['(', ')', ','].includes(token.text)) {
      this.i++;
      return token.text as Comparator;
    }
    if (isWord(token, 'NOT') && isWord(this.tokens[this.i + 1], 'IN')) {
      this.i += 2;
      return 'NOT IN';
    }
    const word = token?.kind === 'word' ? token.text.toUpperCase() : '';
    if (['LIKE', 'ILIKE', 'IN'].includes(word)) {
      this.i++;
      return word as Comparator;
    }
    return this.fail('a comparator');
  }

  private literal(): string | number {
    const token = this.tokens[this.i];
    if (token?.kind !== 'string' && token?.kind !== 'number') {
      return this.fail('a value');
    }
    this.i++;
    return token.value;
  }

  private list(): string[] {
    if (!isSymbol(this.tokens[this.i], '(')) this.fail("'('");
    this.i++;
    const values: string[] = [];
    for (;;) {
      const item = this.tokens[this.i];
      if (item?.kind !== 'string') return this.fail('a quoted string');
      values.push(item.value);
      this.i++;
      const separator = this.tokens[this.i];
      this.i++;
      if (isSymbol(separator, ')')) return values;
      if (!isSymbol(separator, ',')) {
        this.i--;
        this.fail("',' or ')'");
      }
    }
  }

  private fail(what: string): never {
    const token = this.tokens[this.i];
    const where = token ? `at position ${token.at}` : 'at the end';
    throw invalidParameter(
      `Invalid filter '${this.filter}': expected ${what} ${where}.`,
    );
  }
}

/**
 * Parses MLflow's search syntax (`metrics.loss < 0.5 AND tags.team = 'cv'`):
 * clauses joined by AND, checked against what `schema` allows.
 */
export function parseSearchFilter(
  filter: string | undefined,
  schema: SearchSchema,
): FilterClause[] {
  if (!filter?.trim()) return [];
  return new FilterParser(filter, tokenize(filter), schema).parse();
}

function checkClause(clause: FilterClause, schema: SearchSchema): FilterClause {
  const numeric =
    clause.entity === 'metric' ||
    (clause.entity === 'attribute' &&
      schema.attributes[clause.key] === 'number');
  const allowed = numeric
    ? NUMERIC_COMPARATORS
    : [
        ...STRING_COMPARATORS,
        ...(clause.entity === 'attribute' ? LIST_COMPARATORS : []),
      ];
  const what =
    clause.entity === 'attribute'
      ? `attribute '${clause.key}'`
      : `${clause.entity} '${clause.key}'`;
  if (!allowed.includes(clause.comparator)) {
    throw invalidParameter(
      `Invalid comparator '${
        clause.comparator
      }' for ${what}. Valid comparators are '${allowed.join("', '")}'.`,
    );
  }
  if (numeric && typeof clause.value !== 'number') {
    throw invalidParameter(
      `Expected a numeric value for ${what}, but got '${clause.value}'.`,
    );
  }
  if (!numeric && typeof clause.value === 'number') {
    throw invalidParameter(
      `Expected a quoted string value for ${what}, but got ${clause.value}.`,
    );
  }
  return clause;
}

/** The value a record has for an identifier, if it has one. */
export function valueOf(
  record: SearchRecord,
  identifier: Identifier,
): string | number | undefined {
  switch (identifier.entity) {
    case 'attribute':
      return record.attributes[identifier.key];
    case 'metric':
      return record.metrics?.[identifier.key];
    case 'param':
      return record.params?.[identifier.key];
    default:
      return record.tags?.[identifier.key];
  }
}

function likePattern(pattern: string, flags: string): RegExp {
  const source = pattern
    .split('')
    .map(c => {
      if (c === '%') return '.*';
      if (c === '_') return '.';
      return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, flags);
}

function clauseHolds(clause: FilterClause, actual: string | number): boolean {
  const expected = clause.value;
  switch (clause.comparator) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case 'LIKE':
      return likePattern(String(expected), 's').test(String(actual));
    case 'ILIKE':
      return likePattern(String(expected), 'is').test(String(actual));
    case 'IN':
      return (expected as string[]).includes(String(actual));
    default:
      return !(expected as string[]).includes(String(actual));
  }
}

/** Whether a record satisfies every clause; a missing value satisfies none. */
export function matchesFilter(
  record: SearchRecord,
  clauses: FilterClause[],
): boolean {
  return clauses.every(clause => {
    const actual = valueOf(record, clause);
    return actual !== undefined && clauseHolds(clause, actual);
  });
}
