/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlJob,
  MetricSeries,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { compareRuns, metricKeys, type ComparedRun } from './compareRuns';

function series(key: string, values: number[]): MetricSeries {
  return {
    key,
    points: values.map((value, step) => ({ step, timestamp: step, value })),
    totalPoints: values.length,
    downsampled: false,
  };
}

function run(
  name: string,
  parameters: Record<string, string>,
  metrics: MetricSeries[],
): ComparedRun {
  return {
    job: { name, parameters } as AzureMlJob,
    metrics: { jobName: name, maxPoints: 1000, series: metrics },
  };
}

describe('compareRuns', () => {
  const runs = [
    run('a', { lr: '0.01', epochs: '10' }, [
      series('loss', [1, 0.5, 0.25]),
      series('accuracy', [0.5, 0.9]),
    ]),
    run('b', { lr: '0.001', epochs: '10', seed: '7' }, [
      series('loss', [1, 0.6, 0.3125]),
    ]),
  ];

  it('lists every parameter, then every final metric, sorted', () => {
    expect(compareRuns(runs).map(r => `${r.kind}:${r.name}`)).toEqual([
      'parameter:epochs',
      'parameter:lr',
      'parameter:seed',
      'metric:accuracy',
      'metric:loss',
    ]);
  });

  it('marks rows where the runs differ, a missing value counting as different', () => {
    const rows = Object.fromEntries(compareRuns(runs).map(r => [r.name, r]));
    expect(rows.epochs).toMatchObject({ values: ['10', '10'], differs: false });
    expect(rows.lr).toMatchObject({ values: ['0.01', '0.001'], differs: true });
    expect(rows.seed).toMatchObject({
      values: [undefined, '7'],
      differs: true,
    });
    expect(rows.accuracy).toMatchObject({
      values: ['0.9', undefined],
      differs: true,
    });
    expect(rows.loss).toMatchObject({
      values: ['0.25', '0.3125'],
      differs: true,
    });
  });

  it('finds the metric keys of every run', () => {
    expect(metricKeys(runs)).toEqual(['accuracy', 'loss']);
  });
});
