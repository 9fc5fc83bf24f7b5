/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { shapeDifferences } from './expectSameShape';

describe('shapeDifferences', () => {
  const fixture = {
    id: 'string',
    name: 'string',
    properties: {
      count: 1,
      tags: { string: 'string' },
      properties: { string: 'string' },
      list: [{ a: true }],
      inputs: { string: { jobInputType: 'literal', value: 'string' } },
      unknown: null,
    },
  };
  const same = {
    id: '/x',
    name: 'x',
    properties: {
      count: 3,
      tags: { owner: 'team', env: 'dev' },
      properties: {},
      list: [{ a: false }, { a: true }],
      inputs: {
        lr: { jobInputType: 'literal', value: '0.1' },
        data: {
          jobInputType: 'uri_folder',
          uri: 'azureml:d:1',
          mode: 'ReadOnlyMount',
        },
      },
      unknown: { anything: [1] },
    },
  };

  it('accepts the same keys and types, any dictionary keys, and other subtypes', () => {
    expect(shapeDifferences(same, fixture, '$')).toEqual([]);
  });

  it('names missing keys, extra keys and type mismatches by path', () => {
    const actual = {
      id: 1,
      name: 'x',
      extra: true,
      properties: {
        ...same.properties,
        count: undefined,
        tags: { owner: 7 },
        list: [{ a: 'yes' }],
        inputs: { lr: { jobInputType: 'literal' } },
      },
    };
    delete actual.properties.count;
    expect(shapeDifferences(actual, fixture, '$')).toEqual([
      '$.id: number where the fixture has string',
      '$.extra: not in the fixture',
      '$.properties.count: missing',
      '$.properties.tags{}: number where the fixture has string',
      '$.properties.list[].a: string where the fixture has boolean',
      '$.properties.inputs{}.value: missing',
    ]);
  });

  it('lets allowed extra keys through, by path', () => {
    const actual = { ...same, extra: true };
    expect(
      shapeDifferences(actual, fixture, '$', { '$.extra': 'why' }),
    ).toEqual([]);
    expect(
      shapeDifferences(actual, fixture, '$', { '$.other': 'why' }),
    ).toEqual(['$.extra: not in the fixture']);
  });

  it('compares a resource property bag as an object, not as a dictionary', () => {
    expect(
      shapeDifferences({ ...same, properties: { count: 1 } }, fixture, '$'),
    ).toEqual([
      '$.properties.tags: missing',
      '$.properties.properties: missing',
      '$.properties.list: missing',
      '$.properties.inputs: missing',
      '$.properties.unknown: missing',
    ]);
  });

  it('does not take null for a value of the fixture type', () => {
    expect(shapeDifferences({ a: null }, { a: 'string' }, '$')).toEqual([
      '$.a: null where the fixture has string',
    ]);
  });
});
