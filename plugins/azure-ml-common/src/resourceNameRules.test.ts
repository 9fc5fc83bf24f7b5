/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  describeType,
  findNameProblem,
  quoteValue,
  resourceNameRules,
  type ResourceNameRule,
} from './resourceNameRules';

const x = (n: number) => 'x'.repeat(n);

type Table = {
  rule: ResourceNameRule;
  accept: string[];
  reject: Array<[value: string, problem: string]>;
};

const tables: Record<keyof typeof resourceNameRules, Table> = {
  subscriptionId: {
    rule: resourceNameRules.subscriptionId,
    accept: [
      '00000000-1111-2222-3333-444444444444',
      'ABCDEF01-2345-6789-abcd-ef0123456789',
    ],
    reject: [
      ['', 'subscription id is empty'],
      [
        '0000',
        'subscription id "0000" must be a GUID such as 00000000-0000-0000-0000-000000000000',
      ],
      [
        '00000000-1111-2222-3333-44444444444g',
        'subscription id "00000000-1111-2222-3333-44444444444g" must be a GUID such as 00000000-0000-0000-0000-000000000000',
      ],
      [
        '{00000000-1111-2222-3333-444444444444}',
        'subscription id "{00000000-1111-2222-3333-444444444444}" must be a GUID such as 00000000-0000-0000-0000-000000000000',
      ],
      [
        '00000000-1111-2222-3333-444444444444 ',
        'subscription id "00000000-1111-2222-3333-444444444444 " contains whitespace',
      ],
    ],
  },
  resourceGroup: {
    rule: resourceNameRules.resourceGroup,
    accept: [
      'a',
      'rg-1234',
      'My_RG.(prod)',
      'a..b',
      'ресурсы',
      'グループ',
      x(90),
    ],
    reject: [
      ['', 'resource group name is empty'],
      ['rg.', 'resource group name "rg." must not end with "."'],
      ['..', 'resource group name ".." must not end with "."'],
      [
        x(91),
        `resource group name "${x(
          79,
        )}…" is 91 characters long; it must be 1-90 characters`,
      ],
      [
        'rg/1',
        'resource group name "rg/1" contains "/"; only letters, digits, "_", "-", ".", "(" and ")" are allowed',
      ],
      [
        'rg+1',
        'resource group name "rg+1" contains "+"; only letters, digits, "_", "-", ".", "(" and ")" are allowed',
      ],
      [
        'rg%2F',
        'resource group name "rg%2F" contains "%"; only letters, digits, "_", "-", ".", "(" and ")" are allowed (percent-encoded ids are not accepted; decode the id first)',
      ],
      [
        'rg\u{1F642}',
        'resource group name "rg\u{1F642}" contains "\u{1F642}"; only letters, digits, "_", "-", ".", "(" and ")" are allowed',
      ],
      ['rg 1', 'resource group name "rg 1" contains whitespace'],
      ['rg\t1', 'resource group name "rg\\t1" contains whitespace'],
    ],
  },
  workspaceName: {
    rule: resourceNameRules.workspaceName,
    accept: ['abc', 'testworkspace', '0ws', 'ws_1-x', `a${'b'.repeat(32)}`],
    reject: [
      [
        'ab',
        'workspace name "ab" is 2 characters long; it must be 3-33 characters',
      ],
      [
        x(34),
        `workspace name "${x(
          34,
        )}" is 34 characters long; it must be 3-33 characters`,
      ],
      ['-ws', 'workspace name "-ws" must start with a letter or digit'],
      ['_ws', 'workspace name "_ws" must start with a letter or digit'],
      [
        'ws.1',
        'workspace name "ws.1" contains "."; only letters, digits, "_" and "-" are allowed',
      ],
      [
        'wörk',
        'workspace name "wörk" contains "ö"; only letters, digits, "_" and "-" are allowed',
      ],
    ],
  },
  jobName: {
    rule: resourceNameRules.jobName,
    accept: [
      'a',
      'sharp_lamp_1b2c3d',
      '4e9f4b4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      x(255),
    ],
    reject: [
      [
        x(256),
        `job name "${x(
          79,
        )}…" is 256 characters long; it must be 1-255 characters`,
      ],
      ['_job', 'job name "_job" must start with a letter or digit'],
      [
        'job.1',
        'job name "job.1" contains "."; only letters, digits, "-" and "_" are allowed',
      ],
      ['my job', 'job name "my job" contains whitespace'],
    ],
  },
  modelName: {
    rule: resourceNameRules.modelName,
    accept: [
      'm',
      'testContainer',
      'model.v2',
      'sentiment_classifier-2',
      x(255),
    ],
    reject: [
      ['a..b', 'model name "a..b" contains ".."'],
      ['..', 'model name ".." contains ".."'],
      ['.hidden', 'model name ".hidden" must start with a letter or digit'],
      [
        'm/1',
        'model name "m/1" contains "/"; only letters, digits, "-", "_" and "." are allowed',
      ],
      [
        x(256),
        `model name "${x(
          79,
        )}…" is 256 characters long; it must be 1-255 characters`,
      ],
    ],
  },
  dataName: {
    rule: resourceNameRules.dataName,
    accept: ['datacontainer123', 'iris.csv'],
    reject: [
      ['-data', 'data asset name "-data" must start with a letter or digit'],
    ],
  },
  environmentName: {
    rule: resourceNameRules.environmentName,
    accept: [
      'AzureML-sklearn-0.24-ubuntu18.04-py37-cpu',
      'CliV2AnonymousEnvironment',
    ],
    reject: [
      [
        'env:1',
        'environment name "env:1" contains ":"; only letters, digits, "-", "_" and "." are allowed',
      ],
    ],
  },
  modelVersion: {
    rule: resourceNameRules.modelVersion,
    accept: ['1', '1.0.0', 'v2-rc_1', x(255)],
    reject: [
      ['', 'model version is empty'],
      ['1..2', 'model version "1..2" contains ".."'],
      ['.1', 'model version ".1" must start with a letter or digit'],
      [
        '1?x',
        'model version "1?x" contains "?"; only letters, digits, "-", "_" and "." are allowed',
      ],
    ],
  },
  dataVersion: {
    rule: resourceNameRules.dataVersion,
    accept: ['2024.01.31'],
    reject: [['1 ', 'data asset version "1 " contains whitespace']],
  },
  environmentVersion: {
    rule: resourceNameRules.environmentVersion,
    accept: ['5d230430f302e7876f9b64710733f68e', 'f'.repeat(64)],
    reject: [
      [
        '1#x',
        'environment version "1#x" contains "#"; only letters, digits, "-", "_" and "." are allowed',
      ],
    ],
  },
  endpointName: {
    rule: resourceNameRules.endpointName,
    accept: ['abc', 'my-endpoint', 'Endpoint1', `a${'b'.repeat(30)}c`],
    reject: [
      [
        'ab',
        'online endpoint name "ab" is 2 characters long; it must be 3-32 characters',
      ],
      [
        x(33),
        `online endpoint name "${x(
          33,
        )}" is 33 characters long; it must be 3-32 characters`,
      ],
      ['1abc', 'online endpoint name "1abc" must start with a letter'],
      ['abc-', 'online endpoint name "abc-" must end with a letter or digit'],
      [
        'my_endpoint',
        'online endpoint name "my_endpoint" contains "_"; only letters, digits and "-" are allowed',
      ],
    ],
  },
  deploymentName: {
    rule: resourceNameRules.deploymentName,
    accept: ['blue', 'green-2'],
    reject: [
      [
        'b1',
        'deployment name "b1" is 2 characters long; it must be 3-32 characters',
      ],
      ['1blue', 'deployment name "1blue" must start with a letter'],
      ['blue-', 'deployment name "blue-" must end with a letter or digit'],
    ],
  },
  computeName: {
    rule: resourceNameRules.computeName,
    accept: ['ci', 'cpu-cluster', 'cpu-cluster-1', x(24)],
    reject: [
      [
        'c',
        'compute name "c" is 1 characters long; it must be 2-24 characters',
      ],
      [
        x(25),
        `compute name "${x(
          25,
        )}" is 25 characters long; it must be 2-24 characters`,
      ],
      ['1cpu', 'compute name "1cpu" must start with a letter'],
      [
        'cpu_cluster',
        'compute name "cpu_cluster" contains "_"; only letters, digits and "-" are allowed',
      ],
    ],
  },
};

describe('resourceNameRules', () => {
  describe.each(Object.entries(tables))('%s', (_segment, table) => {
    it.each(table.accept)('accepts %j', value => {
      expect(findNameProblem(table.rule, value)).toBeUndefined();
      expect(table.rule.pattern.test(value)).toBe(true);
    });

    it.each(table.reject)('refuses %j', (value, problem) => {
      expect(findNameProblem(table.rule, value)).toBe(problem);
    });

    it('refuses what is not a string', () => {
      const label = table.rule.label;
      expect(findNameProblem(table.rule, 42)).toBe(
        `${label} must be a string, but got number`,
      );
      expect(findNameProblem(table.rule, undefined)).toBe(
        `${label} must be a string, but got undefined`,
      );
      expect(findNameProblem(table.rule, null)).toBe(
        `${label} must be a string, but got null`,
      );
      expect(findNameProblem(table.rule, ['a'])).toBe(
        `${label} must be a string, but got an array`,
      );
    });

    it('never accepts what its pattern refuses, nor "." and ".."', () => {
      for (const value of ['.', '..', '/', '?', '#', '%', ' ', '\n']) {
        expect(findNameProblem(table.rule, value)).toBeDefined();
      }
    });
  });

  it('quotes values with JSON escapes and cuts long ones short', () => {
    expect(quoteValue('a\nb"c')).toBe('"a\\nb\\"c"');
    expect(quoteValue(x(80))).toBe(`"${x(80)}"`);
    expect(quoteValue(x(81))).toBe(`"${x(79)}…"`);
  });

  it('names the type of a value', () => {
    expect(describeType({})).toBe('object');
    expect(describeType(null)).toBe('null');
    expect(describeType([])).toBe('an array');
    expect(describeType(Symbol('s'))).toBe('symbol');
  });
});
