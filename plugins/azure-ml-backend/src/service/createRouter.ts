/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import type {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import {
  addAssetRoutes,
  addEndpointRoutes,
  addIdentityRoutes,
  addJobRoutes,
  addModelRoutes,
  addWorkspaceRoutes,
  type RouteContext,
} from '../routes';

/**
 * The plugin's router: every route, then Backstage's error middleware, which
 * answers `@backstage/errors` types with their status codes.
 *
 * @internal
 */
export function createRouter(
  options: RouteContext & { config: RootConfigService; logger: LoggerService },
): express.Router {
  const { config, logger, ...ctx } = options;
  const router = Router();
  router.use(express.json());
  addIdentityRoutes(router, ctx);
  addWorkspaceRoutes(router, ctx);
  addJobRoutes(router, ctx);
  addModelRoutes(router, ctx);
  addEndpointRoutes(router, ctx);
  addAssetRoutes(router, ctx);
  router.use(MiddlewareFactory.create({ config, logger }).error());
  return router;
}
