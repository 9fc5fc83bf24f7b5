/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { MlflowError, invalidParameter, mlflowHandler } from './mlflowErrors';
import { EXPERIMENTS_READ, trackingCallOf } from './trackingPipeline';
import { TrackingWorkspace } from './trackingWorkspace';
import {
  EXPERIMENT_SEARCH_SCHEMA,
  experimentSearchRecord,
  renderExperiment,
  type MlflowExperiment,
} from './experimentView';
import {
  integerParam,
  optionalString,
  paramsOf,
  requiredString,
  stringList,
} from './requestParams';
import { matchesFilter, parseSearchFilter } from './searchFilter';
import { parseOrderBy, sortRecords } from './searchOrder';
import { pageOf } from './paging';

const VIEW_TYPES = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'];
const DEFAULT_ORDER = ['last_update_time DESC'];
const TIE_BREAK = ['experiment_id ASC'];

function experimentsOf(ctx: EmulatorContext, res: Response) {
  const workspace = trackingCallOf(res).openWorkspace(EXPERIMENTS_READ);
  const tracking = new TrackingWorkspace(ctx, workspace);
  return tracking
    .experiments()
    .map(experiment => renderExperiment(ctx, tracking, experiment));
}

/** experiments/search, experiments/get and experiments/get-by-name. */
export function createExperimentsRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.all(
    '/experiments/search',
    mlflowHandler((req, res) => {
      if (req.method !== 'GET' && req.method !== 'POST') {
        throw new MlflowError(
          'ENDPOINT_NOT_FOUND',
          `experiments/search does not answer ${req.method}.`,
        );
      }
      const params = paramsOf(req);
      const viewType = optionalString(params, 'view_type') ?? 'ACTIVE_ONLY';
      if (!VIEW_TYPES.includes(viewType)) {
        throw invalidParameter(
          `Invalid value '${viewType}' for parameter 'view_type' supplied. Valid values are '${VIEW_TYPES.join(
            "', '",
          )}'.`,
        );
      }
      const maxResults = integerParam(params, 'max_results', {
        min: 1,
        max: 50000,
        fallback: 1000,
      });
      const clauses = parseSearchFilter(
        optionalString(params, 'filter'),
        EXPERIMENT_SEARCH_SCHEMA,
      );
      const orderBy = stringList(params, 'order_by');
      const order = parseOrderBy(
        [...(orderBy.length ? orderBy : DEFAULT_ORDER), ...TIE_BREAK],
        EXPERIMENT_SEARCH_SCHEMA,
      );
      // Experiments of jobs are never deleted: DELETED_ONLY finds none.
      const experiments =
        viewType === 'DELETED_ONLY' ? [] : experimentsOf(ctx, res);
      const records = experiments
        .map(experiment => ({
          experiment,
          ...experimentSearchRecord(experiment),
        }))
        .filter(record => matchesFilter(record, clauses));
      const page = pageOf(
        sortRecords(records, order).map(r => r.experiment),
        maxResults,
        optionalString(params, 'page_token'),
      );
      res.json({
        experiments: page.items,
        ...(page.nextPageToken && { next_page_token: page.nextPageToken }),
      });
    }),
  );

  router.get(
    '/experiments/get',
    mlflowHandler((req, res) => {
      const id = requiredString(paramsOf(req), 'experiment_id');
      const experiment = experimentsOf(ctx, res).find(
        e => e.experiment_id === id,
      );
      if (!experiment) {
        throw new MlflowError(
          'RESOURCE_DOES_NOT_EXIST',
          `No Experiment with id=${id} exists`,
        );
      }
      res.json({ experiment });
    }),
  );

  router.get(
    '/experiments/get-by-name',
    mlflowHandler((req, res) => {
      const name = requiredString(paramsOf(req), 'experiment_name');
      const experiment: MlflowExperiment | undefined = experimentsOf(
        ctx,
        res,
      ).find(e => e.name === name);
      if (!experiment) {
        throw new MlflowError(
          'RESOURCE_DOES_NOT_EXIST',
          `Could not find experiment with name '${name}'`,
        );
      }
      res.json({ experiment });
    }),
  );

  return router;
}
