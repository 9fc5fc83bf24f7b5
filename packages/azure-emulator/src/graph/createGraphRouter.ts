/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { GraphError, badRequest, sendGraphError } from './graphErrors';
import { graphPipeline } from './graphPipeline';
import { createUsersRoutes } from './usersRoutes';
import { createUserPhotoRoutes } from './userPhotoRoutes';
import { createGroupsRoutes } from './groupsRoutes';
import { createOrganizationRoutes } from './organizationRoutes';
import { createApplicationsRoutes } from './applicationsRoutes';

const ENTITY_SETS = [
  'users',
  'me',
  'groups',
  'organization',
  'applications',
  'serviceprincipals',
];

/** Graph's answer to a path it cannot resolve, naming the segment. */
function unknownSegment(req: Request): GraphError {
  if (req.method !== 'GET') {
    return new GraphError(
      405,
      'Request_BadRequest',
      `The emulator's Microsoft Graph is read-only: ${req.method} is not supported on this resource.`,
    );
  }
  const segments = req.path.split('/').filter(Boolean);
  const first = segments[0]?.split('(')[0].toLowerCase() ?? '';
  const segment = ENTITY_SETS.includes(first) ? segments.at(-1) : segments[0];
  return badRequest(`Resource not found for the segment '${segment ?? ''}'.`);
}

/**
 * Microsoft Graph v1.0 (read side) for the caller's tenant: users, groups and
 * members, the organization, applications and service principals, with the
 * OData options the msgraph catalog module and the Azure tools send.
 */
export function createGraphRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.use(graphPipeline(ctx));
  router.use(createUsersRoutes(ctx));
  router.use(createUserPhotoRoutes(ctx));
  router.use(createGroupsRoutes(ctx));
  router.use(createOrganizationRoutes(ctx));
  router.use(createApplicationsRoutes(ctx));
  router.use((req: Request, res: Response) =>
    sendGraphError(ctx, req, res, unknownSegment(req)),
  );
  return router;
}
