/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import type {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import type express from 'express';
import Router from 'express-promise-router';
import {
  addAccessDoctorRoutes,
  addAccessMapRoutes,
  addAccessRoutes,
  addAdvisorRoutes,
  addAssetRoutes,
  addAuditRoutes,
  addEndpointRoutes,
  addIdentityRoutes,
  addJobRoutes,
  addModelRoutes,
  addWorkspaceRoutes,
  type RouteContext,
} from '../routes';
import { createOpenApiRouter } from '../schema';
import { AccessService } from './AccessService';
import { retryAfterHeader } from './retryAfterHeader';

/**
 * The plugin's router: requests are first validated against the committed
 * OpenAPI spec (which it also serves at `/openapi.json`), then reach the
 * routes, and errors go through Backstage's error middleware, which answers
 * `@backstage/errors` types with their status codes.
 *
 * @internal
 */
export async function createRouter(
  options: Omit<RouteContext, 'access'> & {
    config: RootConfigService;
    logger: LoggerService;
    /** Also checks every response against the spec (tests). */
    validateResponses?: boolean;
  },
): Promise<express.Router> {
  const { config, logger, validateResponses, ...services } = options;
  const ctx: RouteContext = {
    ...services,
    access: new AccessService({
      permissions: services.permissions,
      entityRefs: services.entityRefs,
    }),
  };
  const router = await createOpenApiRouter({
    validatorOptions: { validateResponses: validateResponses ?? false },
  });
  const routes = Router();
  addIdentityRoutes(routes, ctx);
  addWorkspaceRoutes(routes, ctx);
  addJobRoutes(routes, ctx);
  addModelRoutes(routes, ctx);
  addEndpointRoutes(routes, ctx);
  addAssetRoutes(routes, ctx);
  addAccessRoutes(routes, ctx);
  addAccessDoctorRoutes(routes, ctx);
  addAccessMapRoutes(routes, ctx);
  addAuditRoutes(routes, ctx);
  addAdvisorRoutes(routes, ctx);
  router.use(routes);
  router.use(retryAfterHeader());
  router.use(MiddlewareFactory.create({ config, logger }).error());
  return router as unknown as express.Router;
}
