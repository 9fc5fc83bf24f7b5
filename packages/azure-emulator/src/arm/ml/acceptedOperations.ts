/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Response } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import type { ArmResource } from '../../state/model';
import type { ArmCall } from '../armPipeline';
import {
  OPERATION_DURATION_MS,
  setOperationHeaders,
  startOperation,
  type LongRunningOperation,
} from './longRunningOperations';

/** A resource of a workspace that a long-running operation acts on. */
export type OperationTarget = {
  workspace: ArmResource;
  targetId: string;
  /** What a poller must be allowed on the target (its `operationresults/read`). */
  pollAction: string;
};

/** Starts an operation on a resource of a workspace, in the workspace's region. */
export function startWorkspaceOperation(
  ctx: EmulatorContext,
  arm: ArmCall,
  target: OperationTarget,
  fields: Pick<
    LongRunningOperation,
    'doneMs' | 'finalStatusCode' | 'provisioningState'
  >,
): LongRunningOperation {
  return startOperation(ctx.state, {
    subscriptionId: arm.subscription.subscriptionId,
    location: target.workspace.location ?? 'westeurope',
    targetId: target.targetId,
    pollAction: target.pollAction,
    startedMs: ctx.now(),
    ...fields,
  });
}

/**
 * Starts the provisioning of a created or updated resource and sets its
 * `Azure-AsyncOperation` header; the caller answers with the resource.
 */
export function acceptProvisioning(
  res: Response,
  ctx: EmulatorContext,
  arm: ArmCall,
  target: OperationTarget,
  provisioningState: 'Creating' | 'Updating',
): void {
  const operation = startWorkspaceOperation(ctx, arm, target, {
    doneMs: ctx.now() + OPERATION_DURATION_MS.provision,
    finalStatusCode: 200,
    provisioningState,
  });
  setOperationHeaders(res, ctx, operation, arm.apiVersion, {
    asyncOperation: true,
  });
}

/**
 * Answers a PUT that created (201) or updated (200) a resource while its
 * provisioning runs; `present` gives the body once the operation started,
 * so that it shows the pending `provisioningState`.
 */
export function acceptCreateOrUpdate(
  res: Response,
  ctx: EmulatorContext,
  arm: ArmCall,
  target: OperationTarget,
  existed: boolean,
  present: () => unknown,
): void {
  acceptProvisioning(res, ctx, arm, target, existed ? 'Updating' : 'Creating');
  res.status(existed ? 200 : 201).json(present());
}

/**
 * Starts the deletion of a resource and answers 202 with its `Location`
 * and `Azure-AsyncOperation` headers.
 */
export function acceptDeletion(
  res: Response,
  ctx: EmulatorContext,
  arm: ArmCall,
  target: OperationTarget,
): void {
  const operation = startWorkspaceOperation(ctx, arm, target, {
    doneMs: ctx.now() + OPERATION_DURATION_MS.delete,
    finalStatusCode: 204,
  });
  setOperationHeaders(res, ctx, operation, arm.apiVersion, {
    location: true,
    asyncOperation: true,
  });
  res.status(202).end();
}
