/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import {
  authenticateCaller,
  BearerError,
  type Caller,
} from '../server/authenticateCaller';
import { GRAPH_APP_ID, GRAPH_AUDIENCE } from '../entra/firstPartyApis';
import type { Tenant } from '../state/model';
import { GraphError, sendGraphError } from './graphErrors';
import { isPermitted, type PermissionRule } from './graphPermissions';

/** What a Graph route gets: who calls, in which tenant. */
export type GraphCall = {
  caller: Caller;
  tenant: Tenant;
  /** Throws 403 Authorization_RequestDenied unless the token holds `rule`. */
  require(rule: PermissionRule): void;
};

function invalidToken(message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
  });
}

function bearerToGraphError(error: BearerError): GraphError {
  switch (error.failure.reason) {
    case 'missing':
      return invalidToken('Access token is empty.');
    case 'expired':
      return invalidToken('Lifetime validation failed, the token is expired.');
    case 'audience':
      return invalidToken('Access token validation failure. Invalid audience.');
    default:
      return invalidToken('Access token validation failure.');
  }
}

/**
 * Graph's audiences, plus the emulator's own origin without its port: Graph
 * clients such as the msgraph catalog module ask for
 * `{protocol}//{hostname}/.default` of the Graph URL they are pointed at.
 */
function graphAudiences(ctx: EmulatorContext): string[] {
  const { protocol, hostname } = new URL(ctx.urls.https);
  return [GRAPH_AUDIENCE, GRAPH_APP_ID, `${protocol}//${hostname}`];
}

async function authenticate(ctx: EmulatorContext, req: Request) {
  try {
    return await authenticateCaller(
      ctx,
      req.headers.authorization,
      graphAudiences(ctx),
    );
  } catch (error) {
    if (error instanceof BearerError) throw bearerToGraphError(error);
    throw error;
  }
}

/**
 * What Graph does before a handler runs: request ids on the answer, then the
 * token (audience Graph; its `tid` is the tenant every call reads).
 */
export function graphPipeline(ctx: EmulatorContext): RequestHandler {
  return async (req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('request-id', requestId);
    res.setHeader(
      'client-request-id',
      String(req.headers['client-request-id'] ?? requestId),
    );
    try {
      const caller = await authenticate(ctx, req);
      const tenant = ctx.state.tenants.get(caller.tenantId);
      if (!tenant) {
        throw invalidToken('Access token validation failure. Invalid tenant.');
      }
      const call: GraphCall = {
        caller,
        tenant,
        require(rule) {
          if (!isPermitted(caller, rule)) {
            throw new GraphError(
              403,
              'Authorization_RequestDenied',
              'Insufficient privileges to complete the operation.',
            );
          }
        },
      };
      res.locals.graph = call;
      next();
    } catch (error) {
      if (error instanceof GraphError) sendGraphError(ctx, req, res, error);
      else next(error);
    }
  };
}

/** Wraps a Graph route: hands it the GraphCall and answers GraphErrors. */
export function graphHandler(
  ctx: EmulatorContext,
  handler: (req: Request, res: Response, call: GraphCall) => unknown,
): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, res.locals.graph as GraphCall);
    } catch (error) {
      if (error instanceof GraphError) sendGraphError(ctx, req, res, error);
      else next(error);
    }
  };
}
