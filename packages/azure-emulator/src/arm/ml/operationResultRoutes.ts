/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import { ArmError } from '../../server/errors';
import { armHandler, type ArmCall } from '../armPipeline';
import { ML_PROVIDER } from './mlIds';
import {
  findOperation,
  isDone,
  operationResultUrl,
  type LongRunningOperation,
} from './longRunningOperations';

const LOCATION = `/providers/${ML_PROVIDER}/locations/:location`;

/**
 * The operation a poll asks for. A poll is authorized against the resource
 * the operation acts on, with that resource's `operationresults/read`
 * action: the built-in ML roles grant those, so whoever could start the
 * operation can follow it.
 */
function requireOperation(
  ctx: EmulatorContext,
  arm: ArmCall,
  kind: string,
  params: Record<string, string>,
): LongRunningOperation {
  const operation = findOperation(ctx.state, params.operationId);
  if (
    !operation ||
    operation.subscriptionId !== arm.subscription.subscriptionId
  ) {
    arm.authorize(
      `${ML_PROVIDER}/locations/${kind}/read`,
      `/subscriptions/${arm.subscription.subscriptionId}${LOCATION.replace(
        ':location',
        params.location,
      )}/${kind}/${params.operationId}`,
    );
    throw new ArmError(
      404,
      'NotFound',
      `The operation '${params.operationId}' was not found in location '${params.location}'.`,
    );
  }
  arm.authorize(operation.pollAction, operation.targetId);
  return operation;
}

/** The operation URLs Azure ML hands out in `Location` and `Azure-AsyncOperation`. */
export function createOperationResultRoutes(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });

  router.get(
    `${LOCATION}/mfeOperationResults/:operationId`,
    armHandler((req, res, arm) => {
      const operation = requireOperation(
        ctx,
        arm,
        'mfeOperationResults',
        req.params,
      );
      if (!isDone(operation, ctx.now())) {
        res.setHeader(
          'Location',
          operationResultUrl(ctx, operation, arm.apiVersion),
        );
        res.status(202).end();
        return;
      }
      res.status(operation.finalStatusCode).end();
    }),
  );

  router.get(
    `${LOCATION}/mfeOperationsStatus/:operationId`,
    armHandler((req, res, arm) => {
      const operation = requireOperation(
        ctx,
        arm,
        'mfeOperationsStatus',
        req.params,
      );
      const done = isDone(operation, ctx.now());
      res.json({
        id: `${req.baseUrl}${req.path}`,
        name: operation.id,
        status: done ? 'Succeeded' : 'InProgress',
        startTime: new Date(operation.startedMs).toISOString(),
        ...(done ? { endTime: new Date(operation.doneMs).toISOString() } : {}),
      });
    }),
  );

  return router;
}
