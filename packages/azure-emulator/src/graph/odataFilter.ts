/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { GraphError, badRequest } from './graphErrors';
import {
  canonicalProperty,
  resourceName,
  type GraphEntityType,
  type GraphObject,
} from './graphObject';

type Literal = string | number | boolean | null;
type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A parsed `$filter`. */
export type FilterExpression =
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; op: Comparison; property: string; value: Literal }
  | { kind: 'in'; property: string; values: Literal[] }
  | {
      kind: 'function';
      name: 'startswith' | 'endswith';
      property: string;
      value: string;
    };

/** A literal with its EDM type (undefined for `null`, which fits any). */
type TypedLiteral = { value: Literal; edm?: string };

type Token =
  | { kind: 'word'; text: string; at: number }
  | ({ kind: 'literal'; at: number } & TypedLiteral)
  | { kind: 'symbol'; text: string; at: number };

const COMPARISONS: Record<Comparison, string> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
};
const FUNCTIONS = ['startswith', 'endswith'];
const EDM_TYPES: Record<string, string> = {
  string: 'Edm.String',
  boolean: 'Edm.Boolean',
  dateTime: 'Edm.DateTimeOffset',
};

function syntaxError(filter: string, at: number): GraphError {
  return badRequest(
    `Invalid filter clause: Syntax error at position ${at} in '${filter}'.`,
  );
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const rest = filter.slice(i);
    const space = /^\s+/.exec(rest);
    const string = /^'((?:[^']|'')*)'/.exec(rest);
    const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/.exec(
      rest,
    );
    const number = /^-?\d+(\.\d+)?(?![\w-])/.exec(rest);
    const word = /^[A-Za-z_][\w./]*/.exec(rest);
    const symbol = /^[(),]/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (string) {
      const value = string[1].replace(/''/g, "'");
      tokens.push({ kind: 'literal', value, edm: 'Edm.String', at: i });
      i += string[0].length;
    } else if (dateTime) {
      const value = dateTime[0];
      tokens.push({ kind: 'literal', value, edm: 'Edm.DateTimeOffset', at: i });
      i += value.length;
    } else if (number) {
      const edm = number[1] ? 'Edm.Double' : 'Edm.Int32';
      tokens.push({ kind: 'literal', value: Number(number[0]), edm, at: i });
      i += number[0].length;
    } else if (word) {
      tokens.push({ kind: 'word', text: word[0], at: i });
      i += word[0].length;
    } else if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[0], at: i });
      i += 1;
    } else {
      throw syntaxError(filter, i);
    }
  }
  return tokens;
}

/** Recursive descent over `or` > `and` > `not` > clause. */
class FilterParser {
  private i = 0;

  constructor(
    private readonly filter: string,
    private readonly tokens: Token[],
    private readonly type: GraphEntityType,
  ) {}

  parse(): FilterExpression {
    const expression = this.or();
    if (this.i < this.tokens.length) this.fail();
    return expression;
  }

  private or(): FilterExpression {
    let left = this.and();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): FilterExpression {
    let left = this.unary();
    while (this.keyword('and')) {
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterExpression {
    if (this.keyword('not')) return { kind: 'not', operand: this.unary() };
    if (this.symbol('(')) {
      const inner = this.or();
      if (!this.symbol(')')) this.fail();
      return inner;
    }
    return this.clause();
  }

  private clause(): FilterExpression {
    const word = this.tokens[this.i];
    if (word?.kind !== 'word') return this.fail();
    this.i++;
    if (this.symbol('(')) return this.call(word.text);
    const property = this.property(word.text);
    const next = this.tokens[this.i];
    const operator = next?.kind === 'word' ? next.text.toLowerCase() : '';
    this.i++;
    if (operator === 'in') {
      if (!this.symbol('(')) this.fail();
      const values = [this.literal()];
      while (this.symbol(',')) values.push(this.literal());
      if (!this.symbol(')')) this.fail();
      values.forEach(v => this.checkOperand(property, v, 'In'));
      return { kind: 'in', property, values: values.map(v => v.value) };
    }
    if (!Object.hasOwn(COMPARISONS, operator)) {
      this.i--;
      return this.fail();
    }
    const op = operator as Comparison;
    const literal = this.literal();
    this.checkOperand(property, literal, COMPARISONS[op]);
    return { kind: 'compare', op, property, value: literal.value };
  }

  private call(name: string): FilterExpression {
    const fn = name.toLowerCase();
    if (!FUNCTIONS.includes(fn)) {
      throw badRequest(
        `Invalid filter clause: An unknown function with name '${name}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.`,
      );
    }
    const word = this.tokens[this.i];
    if (word?.kind !== 'word') return this.fail();
    this.i++;
    const property = this.property(word.text);
    if (!this.symbol(',')) this.fail();
    const { value } = this.literal();
    if (!this.symbol(')')) this.fail();
    if (
      typeof value !== 'string' ||
      this.type.properties[property] !== 'string'
    ) {
      throw this.unsupported(property);
    }
    return {
      kind: 'function',
      name: fn as 'startswith' | 'endswith',
      property,
      value,
    };
  }

  private property(name: string): string {
    if (name.includes('/')) throw this.unsupported(name.split('/')[0]);
    const property = canonicalProperty(this.type, name);
    if (!property) {
      throw badRequest(
        `Could not find a property named '${name}' on type '${this.type.name}'.`,
      );
    }
    const kind = this.type.properties[property];
    if (kind === 'collection' || kind === 'complex') {
      throw this.unsupported(property);
    }
    return property;
  }

  private checkOperand(
    property: string,
    literal: TypedLiteral,
    operatorKind: string,
  ) {
    const propertyType = EDM_TYPES[this.type.properties[property]];
    if (literal.edm && literal.edm !== propertyType) {
      throw badRequest(
        `A binary operator with incompatible types was detected. Found operand types '${propertyType}' and '${literal.edm}' for operator kind '${operatorKind}'.`,
      );
    }
  }

  private literal(): TypedLiteral {
    const token = this.tokens[this.i];
    if (token?.kind === 'literal') {
      this.i++;
      return { value: token.value, edm: token.edm };
    }
    const word = token?.kind === 'word' ? token.text : '';
    if (word === 'null') {
      this.i++;
      return { value: null };
    }
    if (word === 'true' || word === 'false') {
      this.i++;
      return { value: word === 'true', edm: 'Edm.Boolean' };
    }
    return this.fail();
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.i];
    if (token?.kind === 'word' && token.text.toLowerCase() === word) {
      this.i++;
      return true;
    }
    return false;
  }

  private symbol(text: string): boolean {
    const token = this.tokens[this.i];
    if (token?.kind === 'symbol' && token.text === text) {
      this.i++;
      return true;
    }
    return false;
  }

  private unsupported(property: string): GraphError {
    return badRequest(
      `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resourceName(
        this.type,
      )}'.`,
    );
  }

  private fail(): never {
    const token = this.tokens[this.i];
    throw syntaxError(this.filter, token ? token.at : this.filter.length);
  }
}

/** Parses `$filter` against the properties of `type`. */
export function parseFilter(
  filter: string,
  type: GraphEntityType,
): FilterExpression {
  return new FilterParser(filter, tokenize(filter), type).parse();
}

/**
 * The operator of a filter that Graph only evaluates as an advanced query
 * (`$count=true` and `ConsistencyLevel: eventual`), if any.
 */
export function advancedOperatorIn(
  expression: FilterExpression,
): string | undefined {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return (
        advancedOperatorIn(expression.left) ??
        advancedOperatorIn(expression.right)
      );
    case 'not':
      return 'not';
    case 'compare':
      return expression.op === 'ne' ? 'ne' : undefined;
    case 'function':
      return expression.name === 'endswith' ? 'endsWith' : undefined;
    default:
      return undefined;
  }
}

/** Directory string comparisons ignore case, as Entra's do. */
function normalized(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value ?? null;
}

function compare(op: Comparison, actual: unknown, expected: Literal): boolean {
  const a = normalized(actual);
  const b = normalized(expected);
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    default: {
      if (a === null || b === null) return false;
      const order = String(a).localeCompare(String(b));
      if (op === 'gt') return order > 0;
      if (op === 'ge') return order >= 0;
      if (op === 'lt') return order < 0;
      return order <= 0;
    }
  }
}

/** Whether a directory object satisfies a parsed filter. */
export function matchesFilter(
  object: GraphObject,
  expression: FilterExpression,
): boolean {
  switch (expression.kind) {
    case 'and':
      return (
        matchesFilter(object, expression.left) &&
        matchesFilter(object, expression.right)
      );
    case 'or':
      return (
        matchesFilter(object, expression.left) ||
        matchesFilter(object, expression.right)
      );
    case 'not':
      return !matchesFilter(object, expression.operand);
    case 'compare':
      return compare(
        expression.op,
        object.properties[expression.property],
        expression.value,
      );
    case 'in':
      return expression.values.some(v =>
        compare('eq', object.properties[expression.property], v),
      );
    default: {
      const actual = object.properties[expression.property];
      if (typeof actual !== 'string') return false;
      const [text, part] = [
        actual.toLowerCase(),
        expression.value.toLowerCase(),
      ];
      return expression.name === 'startswith'
        ? text.startsWith(part)
        : text.endsWith(part);
    }
  }
}
