/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { resourceNotFound } from './graphErrors';
import { graphHandler } from './graphPipeline';
import { READ_ORGANIZATION } from './graphPermissions';
import { parseODataQuery } from './odataQuery';
import { sendCollection, sendEntity } from './graphResponses';
import { ORGANIZATION_TYPE, organizationObject } from './organizationResource';

/** `/organization` and `/organization/{tenant id}`: the caller's tenant only. */
export function createOrganizationRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.get(
    '/organization',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_ORGANIZATION);
      const query = parseODataQuery(req, ORGANIZATION_TYPE);
      const organization = organizationObject(ctx.state, call.tenant);
      sendCollection(ctx, req, res, [organization], query, 'organization');
    }),
  );

  router.get(
    '/organization/:id',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_ORGANIZATION);
      if (req.params.id.toLowerCase() !== call.tenant.id) {
        throw resourceNotFound(req.params.id);
      }
      const query = parseODataQuery(req, ORGANIZATION_TYPE);
      const organization = organizationObject(ctx.state, call.tenant);
      sendEntity(ctx, res, organization, query, 'organization');
    }),
  );

  return router;
}
