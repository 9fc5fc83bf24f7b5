/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Request, RequestHandler, Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import {
  authenticateCaller,
  BearerError,
  type Caller,
} from '../server/authenticateCaller';
import { ARM_AUDIENCE, ML_AUDIENCE } from '../entra/firstPartyApis';
import { isAllowed } from '../authorization/rbac';
import type { ArmResource } from '../state/model';
import { MlflowError, mlflowHandler } from './mlflowErrors';
import { TrackingWorkspace } from './trackingWorkspace';
import { faultsApplyTo } from '../server/faultsApplyTo';

/** Tokens for ARM and for the Azure ML data plane both open the tracking server. */
const TRACKING_AUDIENCES = [
  ARM_AUDIENCE,
  'https://management.core.windows.net/',
  ML_AUDIENCE,
];

export const WORKSPACE_TYPE = 'Microsoft.MachineLearningServices/workspaces';
export const EXPERIMENTS_READ =
  'Microsoft.MachineLearningServices/workspaces/experiments/read';
export const RUNS_READ =
  'Microsoft.MachineLearningServices/workspaces/experiments/runs/read';

/** What a tracking route gets: who calls, and access to the workspace. */
export type TrackingCall = {
  caller: Caller;
  workspaceId: string;
  /**
   * The workspace, once the caller's RBAC grants `action` on it: 403
   * PERMISSION_DENIED when not, 404 when there is no such workspace.
   */
  openWorkspace(action: string): ArmResource;
};

function unauthenticated(error: BearerError): MlflowError {
  const f = error.failure;
  const accepted = `${ARM_AUDIENCE} or ${ML_AUDIENCE}`;
  switch (f.reason) {
    case 'missing':
      return new MlflowError(
        'UNAUTHENTICATED',
        `The request has no bearer token. Send a token for ${accepted}.`,
      );
    case 'expired':
      return new MlflowError(
        'UNAUTHENTICATED',
        `The access token expired at ${f.expiredAt.toISOString()}.`,
      );
    case 'audience':
      return new MlflowError(
        'UNAUTHENTICATED',
        `The access token is for '${f.audience}'; the tracking server accepts tokens for ${accepted}.`,
      );
    default:
      return new MlflowError('UNAUTHENTICATED', 'The access token is invalid.');
  }
}

async function authenticate(ctx: EmulatorContext, req: Request) {
  try {
    return await authenticateCaller(
      ctx,
      req.headers.authorization,
      TRACKING_AUDIENCES,
    );
  } catch (error) {
    if (error instanceof BearerError) throw unauthenticated(error);
    throw error;
  }
}

/**
 * What Azure ML's tracking server does before answering: the caller's token
 * (audience, then the tenant of the workspace's subscription) and injected
 * server faults. Leaves a TrackingCall in `res.locals.tracking`.
 */
export function trackingPipeline(ctx: EmulatorContext): RequestHandler {
  return mlflowHandler(async (req, res, next) => {
    const caller = await authenticate(ctx, req);
    const { subscriptionId, resourceGroupName, workspaceName } = req.params;
    const subscription = ctx.state.subscriptions.get(
      subscriptionId.toLowerCase(),
    );
    if (!subscription) {
      throw new MlflowError(
        'RESOURCE_DOES_NOT_EXIST',
        `Subscription '${subscriptionId}' does not exist.`,
      );
    }
    if (caller.tenantId !== subscription.tenantId) {
      throw new MlflowError(
        'UNAUTHENTICATED',
        `The access token is from tenant '${caller.tenantId}', but the workspace belongs to tenant '${subscription.tenantId}'.`,
      );
    }
    const faulty = faultsApplyTo(ctx.faults, subscription.subscriptionId);
    if (
      faulty &&
      ctx.faults.throttleRate > 0 &&
      ctx.random() < ctx.faults.throttleRate
    ) {
      const retryAfter = ctx.faults.throttleRetryAfterSeconds;
      throw new MlflowError(
        'REQUEST_LIMIT_EXCEEDED',
        `Too many requests to the tracking server of workspace '${workspaceName}'. Please try again after ${retryAfter} seconds (injected by the emulator).`,
        { 'Retry-After': String(retryAfter) },
      );
    }
    if (faulty && ctx.random() < ctx.faults.serverErrorRate) {
      throw new MlflowError(
        'INTERNAL_ERROR',
        'Encountered an internal error (injected by the emulator).',
      );
    }
    if (faulty && ctx.random() < ctx.faults.serviceUnavailableRate) {
      throw new MlflowError(
        'TEMPORARILY_UNAVAILABLE',
        'The tracking server is temporarily unavailable. Please retry (injected by the emulator).',
        { 'Retry-After': String(ctx.faults.throttleRetryAfterSeconds) },
      );
    }
    const workspaceId = `/subscriptions/${subscription.subscriptionId}/resourceGroups/${resourceGroupName}/providers/${WORKSPACE_TYPE}/${workspaceName}`;
    const call: TrackingCall = {
      caller,
      workspaceId,
      openWorkspace(action) {
        if (!isAllowed(ctx.state, caller.objectId, action, workspaceId)) {
          throw new MlflowError(
            'PERMISSION_DENIED',
            `The principal '${caller.displayName}' with object id '${caller.objectId}' does not have permission to perform '${action}' on workspace '${workspaceId}'.`,
          );
        }
        const workspace = ctx.state.getResource(workspaceId);
        if (
          !workspace ||
          workspace.type.toLowerCase() !== WORKSPACE_TYPE.toLowerCase()
        ) {
          throw new MlflowError(
            'RESOURCE_DOES_NOT_EXIST',
            `Workspace '${workspaceName}' does not exist in resource group '${resourceGroupName}'.`,
          );
        }
        return workspace;
      },
    };
    res.locals.tracking = call;
    next();
  });
}

/** The TrackingCall the pipeline left for this request. */
export function trackingCallOf(res: Response): TrackingCall {
  return res.locals.tracking as TrackingCall;
}

/**
 * The tracking view of the request's workspace, once the caller's RBAC
 * grants `action` on it.
 */
export function openTracking(
  ctx: EmulatorContext,
  res: Response,
  action: string,
): TrackingWorkspace {
  return new TrackingWorkspace(ctx, trackingCallOf(res).openWorkspace(action));
}
