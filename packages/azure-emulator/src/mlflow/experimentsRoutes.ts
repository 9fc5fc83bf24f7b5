/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { MlflowError, mlflowHandler } from './mlflowErrors';
import { EXPERIMENTS_READ, openTracking } from './trackingPipeline';
import {
  EXPERIMENT_SEARCH_SCHEMA,
  experimentSearchRecord,
  renderExperiment,
  type MlflowExperiment,
} from './experimentView';
import { optionalString, paramsOf, requiredString } from './requestParams';
import { searchPage, searchRequestOf, viewTypeParam } from './searchRequest';
import { pageResponse } from './paging';

const VIEW_TYPES = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'];
const ORDERING = {
  defaultOrder: ['last_update_time DESC'],
  tieBreak: ['experiment_id ASC'],
};

function experimentsOf(ctx: EmulatorContext, res: Response) {
  const tracking = openTracking(ctx, res, EXPERIMENTS_READ);
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
      const viewType = viewTypeParam(params, 'view_type', VIEW_TYPES);
      const search = searchRequestOf(
        params,
        EXPERIMENT_SEARCH_SCHEMA,
        ORDERING,
      );
      // Experiments of jobs are never deleted: DELETED_ONLY finds none.
      const experiments =
        viewType === 'DELETED_ONLY' ? [] : experimentsOf(ctx, res);
      const page = searchPage(
        experiments,
        experimentSearchRecord,
        search,
        optionalString(params, 'page_token'),
      );
      res.json(pageResponse('experiments', page));
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
