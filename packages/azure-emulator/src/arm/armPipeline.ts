/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { ArmError, sendArmError } from '../server/errors';
import {
  authenticateCaller,
  BearerError,
  type Caller,
} from '../server/authenticateCaller';
import { ARM_AUDIENCE } from '../entra/firstPartyApis';
import type { Subscription } from '../state/model';
import { isAllowed } from '../authorization/rbac';
import type { RequestKind } from '../throttling/TokenBuckets';
import { recordActivity } from '../activity/recordActivity';
import { faultsApplyTo } from '../server/faultsApplyTo';
import { API_VERSIONS, providerOf } from './apiVersions';

const ARM_AUDIENCES = [
  ARM_AUDIENCE,
  'https://management.azure.com',
  'https://management.core.windows.net/',
  'https://management.core.windows.net',
];

/** What an ARM route handler gets besides the request. */
export type ArmCall = {
  caller: Caller;
  subscription: Subscription;
  apiVersion: string;
  /**
   * Checks the caller's RBAC for `action` on `scope` and throws
   * AuthorizationFailed (403) when it is not granted. The last call names the
   * operation the activity log records for writes.
   */
  authorize(action: string, scope: string): void;
};

type Locals = { arm: ArmCall; operation?: { action: string; scope: string } };

function kindOf(method: string): RequestKind {
  return method === 'GET' || method === 'HEAD' ? 'reads' : 'writes';
}

function bearerToArmError(
  error: BearerError,
  subscription: Subscription,
): ArmError {
  const f = error.failure;
  const challenge = (description: string) => ({
    'WWW-Authenticate': `Bearer authorization_uri="https://login.windows.net/${subscription.tenantId}", error="invalid_token", error_description="${description}"`,
  });
  switch (f.reason) {
    case 'missing':
      return new ArmError(
        401,
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
        challenge(
          'The authentication failed because of missing Authorization header.',
        ),
      );
    case 'expired':
      return new ArmError(
        401,
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${f.expiredAt.toUTCString()}' is earlier than current UTC time '${f.now.toUTCString()}'.`,
        challenge('The access token has expired.'),
      );
    case 'audience':
      return new ArmError(
        401,
        'InvalidAuthenticationTokenAudience',
        `The access token has been obtained for wrong audience or resource '${
          f.audience
        }'. It should exactly match with one of the allowed audiences '${ARM_AUDIENCES.join(
          "','",
        )}'.`,
        challenge('The access token has been obtained for wrong audience.'),
      );
    default:
      return new ArmError(
        401,
        'InvalidAuthenticationToken',
        'The access token is invalid.',
        challenge('The access token is invalid.'),
      );
  }
}

/**
 * Everything ARM does before a handler runs, in ARM's order: api-version,
 * subscription, authentication (audience, tenant), injected faults, the
 * request budget. Adds ARM's headers to every answer and records writes in
 * the activity log when they finish.
 */
export function armPipeline(ctx: EmulatorContext): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const apiVersion = String(req.query['api-version'] ?? '');
      const provider = providerOf(req.path);
      const supported = API_VERSIONS[provider];
      if (!apiVersion) {
        throw new ArmError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        );
      }
      if (supported && !supported.includes(apiVersion)) {
        throw new ArmError(
          400,
          'InvalidApiVersionParameter',
          `The api-version '${apiVersion}' is invalid. The supported versions are '${supported.join(
            ',',
          )}'.`,
        );
      }
      const subscriptionId = String(
        req.params.subscriptionId ?? '',
      ).toLowerCase();
      const subscription = ctx.state.subscriptions.get(subscriptionId);
      if (!subscription) {
        throw new ArmError(
          404,
          'SubscriptionNotFound',
          `The subscription '${req.params.subscriptionId}' could not be found.`,
        );
      }
      let caller: Caller;
      try {
        caller = await authenticateCaller(
          ctx,
          req.headers.authorization,
          ARM_AUDIENCES,
        );
      } catch (error) {
        if (error instanceof BearerError)
          throw bearerToArmError(error, subscription);
        throw error;
      }
      if (caller.tenantId !== subscription.tenantId) {
        throw new ArmError(
          401,
          'InvalidAuthenticationTokenTenant',
          `The access token is from the wrong issuer 'https://sts.windows.net/${caller.tenantId}/'. It must match the tenant 'https://sts.windows.net/${subscription.tenantId}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${subscription.tenantId}' to get the token.`,
          {
            'WWW-Authenticate': `Bearer authorization_uri="https://login.windows.net/${subscription.tenantId}", error="invalid_token", error_description="The access token is from the wrong issuer."`,
          },
        );
      }
      const faulty = faultsApplyTo(ctx.faults, subscription.subscriptionId);
      if (
        faulty &&
        ctx.faults.serverErrorRate > 0 &&
        ctx.random() < ctx.faults.serverErrorRate
      ) {
        throw new ArmError(
          500,
          'InternalServerError',
          'Encountered internal server error. Diagnostic information: injected by the emulator.',
        );
      }
      if (
        faulty &&
        ctx.faults.serviceUnavailableRate > 0 &&
        ctx.random() < ctx.faults.serviceUnavailableRate
      ) {
        throw new ArmError(
          503,
          'ServiceUnavailable',
          'The service is temporarily unavailable. Please retry the request (injected by the emulator).',
          { 'Retry-After': String(ctx.faults.throttleRetryAfterSeconds) },
        );
      }
      const kind = kindOf(req.method);
      const take = ctx.budgets.take(
        subscription.subscriptionId,
        caller.objectId,
        kind,
      );
      const forced =
        faulty &&
        ctx.faults.throttleRate > 0 &&
        ctx.random() < ctx.faults.throttleRate;
      res.setHeader(
        `x-ms-ratelimit-remaining-subscription-${kind}`,
        String(forced ? 0 : take.remaining),
      );
      if (!take.allowed || forced) {
        const retryAfter = take.allowed
          ? ctx.faults.throttleRetryAfterSeconds
          : take.retryAfterSeconds;
        throw new ArmError(
          429,
          'SubscriptionRequestsThrottled',
          `Number of '${
            kind === 'reads' ? 'read' : 'write'
          }' requests for subscription '${
            subscription.subscriptionId
          }' actor '${
            caller.objectId
          }' exceeded. Please try again after '${retryAfter}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for additional information.`,
          { 'Retry-After': String(retryAfter) },
        );
      }
      const locals = res.locals as Locals;
      locals.arm = {
        caller,
        subscription,
        apiVersion,
        authorize(action, scope) {
          locals.operation = { action, scope };
          if (!isAllowed(ctx.state, caller.objectId, action, scope)) {
            throw new ArmError(
              403,
              'AuthorizationFailed',
              `The client '${caller.displayName}' with object id '${caller.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
            );
          }
        },
      };
      if (kind === 'writes') {
        res.on('finish', () => {
          if (locals.operation) {
            recordActivity(ctx, {
              caller,
              subscription,
              action: locals.operation.action,
              resourceId: locals.operation.scope,
              statusCode: res.statusCode,
              correlationId: String(
                res.getHeader('x-ms-correlation-request-id'),
              ),
              clientRequestId: String(
                req.headers['x-ms-client-request-id'] ?? randomUUID(),
              ),
              clientIp: req.ip ?? '127.0.0.1',
              method: req.method,
            });
          }
        });
      }
      next();
    } catch (error) {
      if (error instanceof ArmError) sendArmError(res, error);
      else next(error);
    }
  };
}

/** Wraps an ARM route handler: hands it the ArmCall and maps ArmErrors. */
export function armHandler(
  handler: (req: Request, res: Response, arm: ArmCall) => unknown,
): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, (res.locals as Locals).arm);
    } catch (error) {
      if (error instanceof ArmError) sendArmError(res, error);
      else next(error);
    }
  };
}
