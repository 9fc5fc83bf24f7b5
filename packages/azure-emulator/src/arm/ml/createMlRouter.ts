/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import { registerCodeRoutes } from './codeRoutes';
import { registerComputeRoutes } from './computeRoutes';
import { registerDataRoutes } from './dataRoutes';
import { registerDatastoreRoutes } from './datastoreRoutes';
import { registerEnvironmentRoutes } from './environmentRoutes';
import { registerJobRoutes } from './jobRoutes';
import { WORKSPACE_ROUTE } from './mlIds';
import { registerModelRoutes } from './modelRoutes';
import { registerOnlineDeploymentRoutes } from './onlineDeploymentRoutes';
import { registerOnlineEndpointRoutes } from './onlineEndpointRoutes';
import { createOperationResultRoutes } from './operationResultRoutes';
import { registerWorkspaceRoutes } from './workspaceRoutes';

/**
 * Microsoft.MachineLearningServices routes, below `/subscriptions/{id}`:
 * workspaces, the assets inside them, and the operation URLs of
 * long-running operations. Paths match case-insensitively, as in ARM.
 */
export function createMlRouter(ctx: EmulatorContext): Router {
  const router = Router({ mergeParams: true });
  registerWorkspaceRoutes(router, ctx);
  router.use(createOperationResultRoutes(ctx));

  const workspace = Router({ mergeParams: true });
  registerJobRoutes(workspace, ctx);
  registerModelRoutes(workspace, ctx);
  registerDataRoutes(workspace, ctx);
  registerEnvironmentRoutes(workspace, ctx);
  registerCodeRoutes(workspace, ctx);
  registerComputeRoutes(workspace, ctx);
  registerDatastoreRoutes(workspace, ctx);
  registerOnlineEndpointRoutes(workspace, ctx);
  registerOnlineDeploymentRoutes(workspace, ctx);
  router.use(WORKSPACE_ROUTE, workspace);
  return router;
}
