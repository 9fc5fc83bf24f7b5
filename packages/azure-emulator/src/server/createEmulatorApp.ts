/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import express, {
  type NextFunction,
  type Request,
  type Response,
} from 'express';
import type { EmulatorContext } from './EmulatorContext';
import { armPipeline } from '../arm/armPipeline';
import { createResourceManagerRouter } from '../arm/createResourceManagerRouter';
import { createMlRouter } from '../arm/ml/createMlRouter';
import { createAuthorizationRouter } from '../authorization/createAuthorizationRouter';
import { createManagedIdentityRouter } from '../managedIdentity/createManagedIdentityRouter';
import { createActivityLogRouter } from '../activity/createActivityLogRouter';
import { createEntraRouter } from '../entra/createEntraRouter';
import { createGraphRouter } from '../graph/createGraphRouter';
import { createUserInfoRouter } from '../graph/createUserInfoRouter';
import { createMlflowRouter } from '../mlflow/createMlflowRouter';
import { createAdminRouter, type AdminHooks } from '../admin/createAdminRouter';
import { createBlobRouter } from '../storage/createBlobRouter';

function areaOf(requestPath: string): string {
  const path = requestPath.toLowerCase();
  if (path.startsWith('/subscriptions') || path.startsWith('/providers'))
    return 'arm';
  if (path.startsWith('/v1.0') || path.startsWith('/oidc')) return 'graph';
  if (path.startsWith('/mlflow')) return 'mlflow';
  if (path.startsWith('/admin')) return 'admin';
  return 'entra';
}

/**
 * The emulator's HTTP application: Azure's correlation headers and injected
 * latency on every answer, then each emulated service under its own paths.
 */
export function createEmulatorApp(ctx: EmulatorContext, hooks: AdminHooks) {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // SDKs build `/{scope}/providers/...` from scopes that start with a slash;
  // ARM treats the doubled slashes as one.
  app.use((req: Request, _res: Response, next: NextFunction) => {
    const queryStart = req.url.indexOf('?');
    const path = queryStart < 0 ? req.url : req.url.slice(0, queryStart);
    if (path.includes('//')) {
      req.url = `${path.replace(/\/{2,}/g, '/')}${
        queryStart < 0 ? '' : req.url.slice(queryStart)
      }`;
    }
    next();
  });

  app.use((req: Request, res: Response, next: NextFunction) => {
    const area = areaOf(req.path);
    ctx.requestCounts.set(area, (ctx.requestCounts.get(area) ?? 0) + 1);
    const correlationId = String(
      req.headers['x-ms-correlation-request-id'] ?? randomUUID(),
    );
    res.setHeader('x-ms-correlation-request-id', correlationId);
    res.setHeader('x-ms-request-id', randomUUID());
    if (req.headers['x-ms-client-request-id']) {
      res.setHeader(
        'x-ms-client-request-id',
        String(req.headers['x-ms-client-request-id']),
      );
    }
    if (area !== 'admin' && ctx.faults.latencyMs > 0) {
      setTimeout(next, ctx.faults.latencyMs);
    } else {
      next();
    }
  });

  app.use('/admin', express.json(), createAdminRouter(ctx, hooks));

  const arm = express.Router({ mergeParams: true });
  arm.use(armPipeline(ctx));
  arm.use(express.json({ limit: '4mb' }));
  arm.use(createResourceManagerRouter(ctx));
  // Authorization paths can end any resource path (.../providers/
  // Microsoft.Authorization/permissions), so they go before the providers.
  arm.use(createAuthorizationRouter(ctx));
  arm.use(createManagedIdentityRouter(ctx));
  arm.use(createActivityLogRouter(ctx));
  arm.use(createMlRouter(ctx));
  app.use('/subscriptions/:subscriptionId', arm);
  app.use(createResourceManagerRouter.tenantLevel(ctx));

  app.use('/v1.0', createGraphRouter(ctx));
  app.use(createUserInfoRouter(ctx));
  app.use('/mlflow', createMlflowRouter(ctx));
  // Path-style Blob storage: `/{account}/...` of the workspaces' accounts only.
  app.use(createBlobRouter(ctx));
  app.use(createEntraRouter(ctx));

  app.use((req: Request, res: Response) => {
    res.status(404).json({
      error: {
        code: 'NotFound',
        message: `The emulator does not serve ${req.method} ${req.path}.`,
      },
    });
  });
  app.use(
    (
      error: Error & { type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      if (error.type === 'entity.parse.failed') {
        res.status(400).json({
          error: {
            code: 'InvalidRequestContent',
            message: `The request content is not valid JSON: ${error.message}`,
          },
        });
        return;
      }
      res.status(500).json({
        error: { code: 'InternalServerError', message: error.message },
      });
    },
  );
  return app;
}
