/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditAction } from '@azure-ml-backstage/plugin-azure-ml-common';
import { ServiceUnavailableError, isError } from '@backstage/errors';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { AuditCompletion, AuditEvent } from '../service/AuditHook';
import type { PermissionCheck } from '@azure-ml-backstage/plugin-azure-ml-node';
import type { RouteContext } from './RouteContext';
import {
  openWorkspaceRequest,
  type WorkspaceRequest,
} from './workspaceRequest';

/** A caller's `x-request-id` is kept when it is a plain token of sensible length. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The message of a mutating request refused because its `initiated` event
 * could not be written.
 *
 * @internal
 */
export const AUDIT_UNAVAILABLE_MESSAGE =
  'The audit log cannot be written, so the action was not taken; try again later, and if it persists ask an administrator to check the portal database';

/** One mutating attempt, as the route names it. */
export type AuditedAttempt = {
  action: AzureMlAuditAction;
  /** The ARM id acted on. */
  resourceId: string;
  /** The ARM id of its workspace. */
  workspaceId: string;
  /** What was asked, for example the traffic split. */
  parameters?: Record<string, unknown>;
  /** The resource permission to authorize, on the catalog entity it applies to. */
  permission: () => Promise<PermissionCheck>;
};

function requestIdOf(req: Request): string {
  const given = req.header('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The Backstage user and (if the token is valid) Entra identity of a refused request. */
async function refusedActor(
  ctx: RouteContext,
  req: Request,
): Promise<Pick<AuditEvent, 'actor' | 'azureIdentity'> | undefined> {
  const credentials = await ctx.httpAuth
    .credentials(req, { allow: ['user'] })
    .catch(() => undefined);
  if (!credentials) return undefined;
  const user = await ctx.userTokens.read(req).catch(() => undefined);
  return {
    actor: credentials.principal.userEntityRef,
    ...(user
      ? { azureIdentity: { objectId: user.objectId, tenantId: user.tenantId } }
      : {}),
  };
}

/**
 * Opens the request (Backstage permission first) and runs a mutating action
 * through the audit hook, failing closed:
 *
 * - refused by the Backstage permission policy: records `denied` by
 *   `backstage` and rethrows the 403;
 * - records `initiated` before the action is sent to Azure; when that cannot
 *   be written, answers 503 and Azure is never called;
 * - after it: `succeeded` with Azure's correlation id, `denied` by `azure`
 *   for a 403 from Azure, else `failed` with the error's code and message.
 *
 * Both events of an attempt carry one request id (the caller's
 * `x-request-id`, or a new uuid). Returns the opened request.
 *
 * @internal
 */
export async function runAudited(
  ctx: RouteContext,
  req: Request,
  attempt: AuditedAttempt,
  action: (caller: WorkspaceRequest) => Promise<{ correlationId?: string }>,
): Promise<WorkspaceRequest> {
  const event: AuditEvent = {
    action: attempt.action,
    resourceId: attempt.resourceId,
    workspaceId: attempt.workspaceId,
    parameters: attempt.parameters,
    requestId: requestIdOf(req),
    request: req,
  };
  let caller: WorkspaceRequest;
  try {
    caller = await openWorkspaceRequest(ctx, req, attempt.permission);
  } catch (error) {
    if (isError(error) && error.name === 'NotAllowedError') {
      const actor = await refusedActor(ctx, req);
      if (actor) await ctx.auditHook.denied({ ...event, ...actor }, error);
    }
    throw error;
  }
  const { session, credentials } = caller;
  Object.assign(event, {
    actor: credentials.principal.userEntityRef,
    azureIdentity: {
      objectId: session.user.objectId,
      tenantId: session.user.tenantId,
    },
  });
  let audit: AuditCompletion;
  try {
    audit = await ctx.auditHook.begin(event);
  } catch {
    throw new ServiceUnavailableError(AUDIT_UNAVAILABLE_MESSAGE);
  }
  let result: { correlationId?: string };
  try {
    result = await action(caller);
  } catch (error) {
    const failure = isError(error) ? error : new Error(String(error));
    if (failure.name === 'NotAllowedError') await audit.denied(failure);
    else await audit.failed(failure);
    throw error;
  }
  await audit.succeeded(result);
  return caller;
}
