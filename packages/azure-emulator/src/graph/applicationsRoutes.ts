/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { resourceNotFound } from './graphErrors';
import { graphHandler, type GraphCall } from './graphPipeline';
import { READ_APPLICATIONS } from './graphPermissions';
import { parseODataQuery } from './odataQuery';
import { sendCollection, sendEntity } from './graphResponses';
import type { GraphEntityType, GraphObject } from './graphObject';
import { APPLICATION_TYPE, applicationObject } from './applicationResource';
import {
  SERVICE_PRINCIPAL_TYPE,
  servicePrincipalsIn,
} from './servicePrincipalResource';

type ObjectSource = {
  type: GraphEntityType;
  list: (call: GraphCall) => GraphObject[];
};

/**
 * A read-only entity set of app objects: the collection, `/{id}` and the
 * `(appId='...')` alternate key.
 */
function appEntitySet(
  ctx: EmulatorContext,
  router: Router,
  source: ObjectSource,
) {
  const set = source.type.entitySet;
  const answerOne = (
    req: Request,
    res: Response,
    call: GraphCall,
    key: 'id' | 'appId',
    value: string,
  ) => {
    call.require(READ_APPLICATIONS);
    const query = parseODataQuery(req, source.type);
    const found = source
      .list(call)
      .find(
        o => String(o.properties[key]).toLowerCase() === value.toLowerCase(),
      );
    if (!found) throw resourceNotFound(value);
    sendEntity(ctx, res, found, query, set);
  };

  router.get(
    `/${set}`,
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_APPLICATIONS);
      const query = parseODataQuery(req, source.type);
      sendCollection(ctx, req, res, source.list(call), query, set);
    }),
  );
  router.get(
    new RegExp(`^/${set}\\(appId='([^']+)'\\)/?$`, 'i'),
    graphHandler(ctx, (req, res, call) =>
      answerOne(req, res, call, 'appId', req.params[0]),
    ),
  );
  router.get(
    `/${set}/:id`,
    graphHandler(ctx, (req, res, call) =>
      answerOne(req, res, call, 'id', req.params.id),
    ),
  );
}

/** `/applications` (app registrations homed in the tenant) and `/servicePrincipals`. */
export function createApplicationsRoutes(ctx: EmulatorContext): Router {
  const router = Router();
  appEntitySet(ctx, router, {
    type: APPLICATION_TYPE,
    list: call =>
      [...ctx.state.apps.values()]
        .filter(app => app.tenantId === call.tenant.id)
        .map(app => applicationObject(ctx.state, app)),
  });
  appEntitySet(ctx, router, {
    type: SERVICE_PRINCIPAL_TYPE,
    list: call => servicePrincipalsIn(ctx.state, call.tenant),
  });
  return router;
}
