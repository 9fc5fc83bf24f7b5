/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { mlflowHandler } from './mlflowErrors';
import { RUNS_READ, openTracking } from './trackingPipeline';
import { RUN_SEARCH_SCHEMA, renderRun, runSearchRecord } from './runView';
import { optionalString, paramsOf, stringList } from './requestParams';
import { searchPage, searchRequestOf, viewTypeParam } from './searchRequest';
import { pageResponse } from './paging';
import { findRun } from './findRun';

/** Which lifecycle stages each `run_view_type` shows. */
const RUN_VIEW_TYPES: Record<string, string[]> = {
  ACTIVE_ONLY: ['active'],
  DELETED_ONLY: ['deleted'],
  ALL: ['active', 'deleted'],
};
const ORDERING = {
  defaultOrder: ['start_time DESC'],
  tieBreak: ['run_id ASC'],
};

/** runs/search and runs/get. */
export function createRunsRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.post(
    '/runs/search',
    mlflowHandler((req, res) => {
      const params = paramsOf(req);
      const experimentIds = new Set(stringList(params, 'experiment_ids'));
      const viewType = viewTypeParam(
        params,
        'run_view_type',
        Object.keys(RUN_VIEW_TYPES),
      );
      const stages = RUN_VIEW_TYPES[viewType];
      const search = searchRequestOf(params, RUN_SEARCH_SCHEMA, ORDERING);
      const tracking = openTracking(ctx, res, RUNS_READ);
      const runs = tracking
        .runs()
        .filter(run => experimentIds.has(run.experimentId))
        .map(run => renderRun(ctx, tracking, run))
        .filter(run => stages.includes(run.info.lifecycle_stage));
      const page = searchPage(
        runs,
        runSearchRecord,
        search,
        optionalString(params, 'page_token'),
      );
      res.json(pageResponse('runs', page));
    }),
  );

  router.get(
    '/runs/get',
    mlflowHandler((req, res) => {
      const tracking = openTracking(ctx, res, RUNS_READ);
      const run = findRun(tracking, paramsOf(req));
      res.json({ run: renderRun(ctx, tracking, run) });
    }),
  );

  return router;
}
