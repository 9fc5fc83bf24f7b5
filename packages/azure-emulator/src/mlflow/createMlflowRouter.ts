/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import express, {
  Router,
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { MlflowError, sendMlflowError } from './mlflowErrors';
import { trackingPipeline } from './trackingPipeline';
import { createExperimentsRoutes } from './experimentsRoutes';
import { createRunsRoutes } from './runsRoutes';
import { createMetricsRoutes } from './metricsRoutes';

/** Where a workspace's tracking server answers, below `/mlflow`. */
export const TRACKING_BASE_PATH =
  '/v1.0/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName/api/2.0/mlflow';

function notServed(req: Request, res: Response) {
  sendMlflowError(
    res,
    new MlflowError(
      'ENDPOINT_NOT_FOUND',
      `The MLflow tracking server does not serve ${req.method} ${
        req.originalUrl.split('?')[0]
      }.`,
    ),
  );
}

/** Bodies that are not JSON get MLflow's 400 rather than a server error. */
function badBody(
  error: Error & { type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  if (error.type !== 'entity.parse.failed') {
    next(error);
    return;
  }
  sendMlflowError(
    res,
    new MlflowError(
      'INVALID_PARAMETER_VALUE',
      `The request body is not valid JSON: ${error.message}`,
    ),
  );
}

/**
 * Azure ML's MLflow tracking server (read side): experiments and runs are the
 * workspace's jobs, metrics their generated curves.
 */
export function createMlflowRouter(ctx: EmulatorContext): Router {
  const tracking = Router({ mergeParams: true });
  tracking.use(trackingPipeline(ctx));
  tracking.use(createExperimentsRoutes(ctx));
  tracking.use(createRunsRoutes(ctx));
  tracking.use(createMetricsRoutes(ctx));

  const router = Router();
  // A no-op when the app already parsed the body; parses it otherwise.
  router.use(express.json());
  router.use(TRACKING_BASE_PATH, tracking);
  router.use(notServed);
  router.use(badBody);
  return router;
}
