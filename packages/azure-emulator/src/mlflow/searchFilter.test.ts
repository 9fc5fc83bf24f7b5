/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MlflowError } from './mlflowErrors';
import { RUN_SEARCH_SCHEMA } from './runView';
import {
  matchesFilter,
  parseSearchFilter,
  type SearchRecord,
} from './searchFilter';
import { parseOrderBy, sortRecords } from './searchOrder';

const run: SearchRecord = {
  attributes: { run_id: 'job-1', status: 'FINISHED', start_time: 1000 },
  metrics: { loss: 0.25, 'train loss': 0.5 },
  params: { lr: '0.001' },
  tags: { 'mlflow.runName': 'lively_bear_1', team: 'vision' },
};

const matches = (filter: string) =>
  matchesFilter(run, parseSearchFilter(filter, RUN_SEARCH_SCHEMA));

function refusal(filter: string): string {
  try {
    parseSearchFilter(filter, RUN_SEARCH_SCHEMA);
  } catch (error) {
    if (error instanceof MlflowError) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error(`'${filter}' was accepted`);
}

describe("MLflow's search syntax", () => {
  it('reads entity prefixes and their aliases, dotted and quoted keys', () => {
    expect(matches("attributes.status = 'FINISHED'")).toBe(true);
    expect(matches("attr.status != 'FINISHED'")).toBe(false);
    expect(matches("tags.mlflow.runName = 'lively_bear_1'")).toBe(true);
    expect(matches('tag."mlflow.runName" ILIKE \'LIVELY%\'')).toBe(true);
    expect(matches('metrics.`train loss` >= 0.5')).toBe(true);
    expect(matches("param.lr = '0.001' and metric.loss<0.3")).toBe(true);
  });

  it('fails a clause on a run that lacks the metric, param or tag', () => {
    expect(matches('metrics.accuracy > 0')).toBe(false);
    expect(matches("tags.owner != 'x'")).toBe(false);
  });

  it('matches LIKE patterns literally apart from % and _', () => {
    expect(matches("tags.mlflow.runName LIKE '%bear_1'")).toBe(true);
    expect(matches("tags.mlflow.runName LIKE 'lively.bear%'")).toBe(false);
    expect(matches("run_id NOT IN ('job-2', 'job-3')")).toBe(true);
    expect(matches('start_time > 999 AND start_time < 1001')).toBe(true);
  });

  it('refuses malformed filters with INVALID_PARAMETER_VALUE', () => {
    expect(refusal("status = 'RUNNING' OR status = 'FAILED'")).toBe(
      "INVALID_PARAMETER_VALUE: Invalid filter 'status = 'RUNNING' OR status = 'FAILED'': expected 'AND' at position 19.",
    );
    expect(refusal("datasets.name = 'x'")).toBe(
      "INVALID_PARAMETER_VALUE: Invalid entity type 'datasets'. Valid values are 'attributes', 'metrics', 'params', 'tags'.",
    );
    expect(refusal("tags.team = 'vision")).toBe(
      "INVALID_PARAMETER_VALUE: Invalid filter 'tags.team = 'vision': the string starting at position 12 is not closed.",
    );
    expect(refusal('start_time > now')).toBe(
      "INVALID_PARAMETER_VALUE: Invalid filter 'start_time > now': expected a value at position 13.",
    );
    expect(refusal("tags.team IN ('a')")).toBe(
      "INVALID_PARAMETER_VALUE: Invalid comparator 'IN' for tag 'team'. Valid comparators are '=', '!=', 'LIKE', 'ILIKE'.",
    );
  });

  it('orders by several terms, missing values last either way', () => {
    const records: SearchRecord[] = [
      { attributes: { run_id: 'a' }, metrics: { loss: 2 } },
      { attributes: { run_id: 'b' }, metrics: {} },
      { attributes: { run_id: 'c' }, metrics: { loss: 1 } },
      { attributes: { run_id: 'd' }, metrics: { loss: 1 } },
    ];
    const order = (terms: string[]) =>
      sortRecords(records, parseOrderBy(terms, RUN_SEARCH_SCHEMA)).map(
        r => r.attributes.run_id,
      );
    expect(order(['metrics.loss', 'run_id DESC'])).toEqual([
      'd',
      'c',
      'a',
      'b',
    ]);
    expect(order(['metrics.`loss` DESC'])).toEqual(['a', 'c', 'd', 'b']);
  });
});
