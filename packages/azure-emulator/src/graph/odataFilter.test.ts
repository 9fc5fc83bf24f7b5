/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { GraphError } from './graphErrors';
import type { GraphObject } from './graphObject';
import { advancedOperatorIn, matchesFilter, parseFilter } from './odataFilter';
import { USER_TYPE } from './userResource';

const user = (properties: Record<string, unknown>): GraphObject => ({
  type: USER_TYPE,
  properties,
});

const matches = (filter: string, properties: Record<string, unknown>) =>
  matchesFilter(user(properties), parseFilter(filter, USER_TYPE));

function refusal(filter: string): string {
  try {
    parseFilter(filter, USER_TYPE);
  } catch (error) {
    if (error instanceof GraphError) return `${error.status} ${error.message}`;
    throw error;
  }
  throw new Error(`'${filter}' was accepted`);
}

describe('OData $filter', () => {
  it('compares strings case-insensitively, as the directory does', () => {
    expect(
      matches("displayName eq 'ALICE admin'", { displayName: 'Alice Admin' }),
    ).toBe(true);
    expect(matches("startswith(mail,'Al')", { mail: 'alice@x' })).toBe(true);
    expect(matches("startswith(mail,'bo')", { mail: 'alice@x' })).toBe(false);
  });

  it('binds and tighter than or, honours parentheses and not', () => {
    const alice = {
      givenName: 'Alice',
      accountEnabled: true,
      userType: 'Member',
    };
    expect(
      matches(
        "givenName eq 'x' and accountEnabled eq true or userType eq 'Member'",
        alice,
      ),
    ).toBe(true);
    expect(
      matches(
        "givenName eq 'x' and (accountEnabled eq true or userType eq 'Member')",
        alice,
      ),
    ).toBe(false);
    expect(matches("not (givenName eq 'x')", alice)).toBe(true);
  });

  it('reads literals: quotes doubled, booleans, null, in-lists, date-times', () => {
    expect(matches("surname eq 'O''Neil'", { surname: "O'Neil" })).toBe(true);
    expect(matches('mobilePhone eq null', { mobilePhone: null })).toBe(true);
    expect(
      matches("jobTitle in ('Analyst', 'ML engineer')", {
        jobTitle: 'ml engineer',
      }),
    ).toBe(true);
    expect(
      matches('createdDateTime ge 2024-01-01T00:00:00Z', {
        createdDateTime: '2025-03-01T10:00:00Z',
      }),
    ).toBe(true);
  });

  it('names the operators that need an advanced query', () => {
    const advanced = (filter: string) =>
      advancedOperatorIn(parseFilter(filter, USER_TYPE));
    expect(
      advanced("givenName eq 'a' and startswith(mail,'a')"),
    ).toBeUndefined();
    expect(advanced("givenName eq 'a' or jobTitle ne 'b'")).toBe('ne');
    expect(advanced("endswith(mail,'@contoso.com')")).toBe('endsWith');
    expect(advanced("not (givenName eq 'a')")).toBe('not');
  });

  it('refuses what Graph refuses, with its messages', () => {
    expect(refusal("displayName eq 'a' and")).toBe(
      "400 Invalid filter clause: Syntax error at position 22 in 'displayName eq 'a' and'.",
    );
    expect(refusal("displayName == 'a'")).toBe(
      "400 Invalid filter clause: Syntax error at position 12 in 'displayName == 'a''.",
    );
    expect(refusal("manager/displayName eq 'a'")).toBe(
      "400 Unsupported or invalid query filter clause specified for property 'manager' of resource 'User'.",
    );
    expect(refusal('displayName eq 5')).toBe(
      "400 A binary operator with incompatible types was detected. Found operand types 'Edm.String' and 'Edm.Int32' for operator kind 'Equal'.",
    );
    expect(refusal("startswith(accountEnabled,'t')")).toBe(
      "400 Unsupported or invalid query filter clause specified for property 'accountEnabled' of resource 'User'.",
    );
  });
});
