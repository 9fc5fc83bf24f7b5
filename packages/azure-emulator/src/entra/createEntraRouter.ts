/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { createWorkloadIdentityRouter } from './workloadIdentityIssuer';
import { createManagedIdentityEndpointRouter } from './managedIdentityEndpoint';
import { createDiscoveryRouter } from './discoveryRoutes';
import { createTokenEndpointRouter } from './tokenEndpoint';
import { createAuthorizeRouter } from './authorizeRoutes';

/**
 * Entra ID (Microsoft identity platform v2.0) for every demo tenant, plus the
 * managed identity endpoint and a workload identity issuer for federation.
 * The fixed paths go first so `/{tenant}/...` cannot capture them.
 */
export function createEntraRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.use(createWorkloadIdentityRouter(ctx));
  router.use(createManagedIdentityEndpointRouter(ctx));
  router.use(createDiscoveryRouter(ctx));
  router.use(createTokenEndpointRouter(ctx));
  router.use(createAuthorizeRouter(ctx));
  return router;
}
