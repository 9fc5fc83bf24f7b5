/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { invalidParameter, mlflowHandler } from './mlflowErrors';
import { RUNS_READ, trackingCallOf } from './trackingPipeline';
import { TrackingWorkspace } from './trackingWorkspace';
import { RUN_SEARCH_SCHEMA, renderRun, runSearchRecord } from './runView';
import {
  integerParam,
  optionalString,
  paramsOf,
  stringList,
} from './requestParams';
import { matchesFilter, parseSearchFilter } from './searchFilter';
import { parseOrderBy, sortRecords } from './searchOrder';
import { pageOf } from './paging';
import { findRun } from './findRun';

/** Which lifecycle stages each `run_view_type` shows. */
const RUN_VIEW_TYPES: Record<string, string[]> = {
  ACTIVE_ONLY: ['active'],
  DELETED_ONLY: ['deleted'],
  ALL: ['active', 'deleted'],
};
const DEFAULT_ORDER = ['start_time DESC'];
const TIE_BREAK = ['run_id ASC'];

/** runs/search and runs/get. */
export function createRunsRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.post(
    '/runs/search',
    mlflowHandler((req, res) => {
      const params = paramsOf(req);
      const experimentIds = new Set(stringList(params, 'experiment_ids'));
      const viewType = optionalString(params, 'run_view_type') ?? 'ACTIVE_ONLY';
      const stages = RUN_VIEW_TYPES[viewType];
      if (!Object.hasOwn(RUN_VIEW_TYPES, viewType)) {
        throw invalidParameter(
          `Invalid value '${viewType}' for parameter 'run_view_type' supplied. Valid values are '${Object.keys(
            RUN_VIEW_TYPES,
          ).join("', '")}'.`,
        );
      }
      const maxResults = integerParam(params, 'max_results', {
        min: 1,
        max: 50000,
        fallback: 1000,
      });
      const clauses = parseSearchFilter(
        optionalString(params, 'filter'),
        RUN_SEARCH_SCHEMA,
      );
      const orderBy = stringList(params, 'order_by');
      const order = parseOrderBy(
        [...(orderBy.length ? orderBy : DEFAULT_ORDER), ...TIE_BREAK],
        RUN_SEARCH_SCHEMA,
      );
      const workspace = trackingCallOf(res).openWorkspace(RUNS_READ);
      const tracking = new TrackingWorkspace(ctx, workspace);
      const runs = tracking
        .runs()
        .filter(run => experimentIds.has(run.experimentId))
        .map(run => renderRun(ctx, tracking, run))
        .filter(run => stages.includes(run.info.lifecycle_stage));
      const records = runs
        .map(run => ({ run, ...runSearchRecord(run) }))
        .filter(record => matchesFilter(record, clauses));
      const page = pageOf(
        sortRecords(records, order).map(r => r.run),
        maxResults,
        optionalString(params, 'page_token'),
      );
      res.json({
        runs: page.items,
        ...(page.nextPageToken && { next_page_token: page.nextPageToken }),
      });
    }),
  );

  router.get(
    '/runs/get',
    mlflowHandler((req, res) => {
      const workspace = trackingCallOf(res).openWorkspace(RUNS_READ);
      const tracking = new TrackingWorkspace(ctx, workspace);
      const run = findRun(tracking, paramsOf(req));
      res.json({ run: renderRun(ctx, tracking, run) });
    }),
  );

  return router;
}
