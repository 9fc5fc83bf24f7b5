/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { metricHistory } from '../demo/metricCurves';
import { metricOf } from './runView';
import { invalidParameter, mlflowHandler } from './mlflowErrors';
import { RUNS_READ, openTracking } from './trackingPipeline';
import type { TrackedRun } from './trackingWorkspace';
import {
  integerParam,
  optionalString,
  paramsOf,
  requiredString,
  stringList,
} from './requestParams';
import { pageOf, pageResponse } from './paging';
import { findRun, runById } from './findRun';

const MAX_BULK_RUNS = 100;

function historyOf(ctx: EmulatorContext, run: TrackedRun, key: string) {
  if (!run.timeline?.metrics.includes(key)) return [];
  return metricHistory(
    run.job.id,
    key,
    run.timeline,
    ctx.state.epochMs,
    ctx.now(),
  ).map(point => metricOf(key, point));
}

/** Up to `count` points spread evenly over `points`, first and last kept. */
function sampleEvenly<T>(points: T[], count: number): T[] {
  if (points.length <= count) return points;
  if (count === 1) return [points[points.length - 1]];
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) {
    picked.add(Math.round((i * (points.length - 1)) / (count - 1)));
  }
  return [...picked].map(i => points[i]);
}

/** metrics/get-history and metrics/get-history-bulk-interval. */
export function createMetricsRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.get(
    '/metrics/get-history',
    mlflowHandler((req, res) => {
      const params = paramsOf(req);
      const key = requiredString(params, 'metric_key');
      const maxResults = integerParam(params, 'max_results', {
        min: 1,
        max: 25000,
        fallback: 25000,
      });
      const run = findRun(openTracking(ctx, res, RUNS_READ), params);
      const page = pageOf(
        historyOf(ctx, run, key),
        maxResults,
        optionalString(params, 'page_token'),
      );
      res.json(pageResponse('metrics', page));
    }),
  );

  router.get(
    '/metrics/get-history-bulk-interval',
    mlflowHandler((req, res) => {
      const params = paramsOf(req);
      const runIds = stringList(params, 'run_ids');
      if (runIds.length === 0 || runIds.length > MAX_BULK_RUNS) {
        throw invalidParameter(
          `Parameter 'run_ids' must name from 1 to ${MAX_BULK_RUNS} runs, but it names ${runIds.length}.`,
        );
      }
      const key = requiredString(params, 'metric_key');
      const startStep = integerParam(params, 'start_step', {
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        fallback: 0,
      });
      const endStep = integerParam(params, 'end_step', {
        min: startStep,
        max: Number.MAX_SAFE_INTEGER,
        fallback: Number.MAX_SAFE_INTEGER,
      });
      const maxResults = integerParam(params, 'max_results', {
        min: 1,
        max: 2500,
        fallback: 320,
      });
      const tracking = openTracking(ctx, res, RUNS_READ);
      const metrics = runIds.flatMap(runId => {
        const inRange = historyOf(ctx, runById(tracking, runId), key).filter(
          p => p.step >= startStep && p.step <= endStep,
        );
        return sampleEvenly(inRange, maxResults).map(p => ({
          ...p,
          run_id: runId,
        }));
      });
      res.json({ metrics });
    }),
  );

  return router;
}
