/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { DirectoryGroup } from '../state/model';
import { badRequest, resourceNotFound } from './graphErrors';
import { graphHandler, type GraphCall } from './graphPipeline';
import { READ_GROUPS } from './graphPermissions';
import { parseODataQuery } from './odataQuery';
import { sendCollection, sendEntity } from './graphResponses';
import {
  DIRECTORY_OBJECT_TYPE,
  findGroup,
  groupObject,
  membersOf,
} from './directoryObjects';
import { GROUP_TYPE } from './groupResource';
import { USER_TYPE } from './userResource';

/** The type casts a members collection accepts, e.g. `/members/microsoft.graph.user`. */
const CASTS = [USER_TYPE, GROUP_TYPE];

/** `/groups`, `/groups/{id}` and their (transitive) members. */
export function createGroupsRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  const groupOf = (req: Request, call: GraphCall): DirectoryGroup => {
    call.require(READ_GROUPS);
    const group = findGroup(ctx.state, call.tenant.id, req.params.id);
    if (!group) throw resourceNotFound(req.params.id);
    return group;
  };

  router.get(
    '/groups',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_GROUPS);
      const query = parseODataQuery(req, GROUP_TYPE);
      const groups = ctx.state
        .groupsIn(call.tenant.id)
        .map(g => groupObject(ctx.state, g));
      sendCollection(ctx, req, res, groups, query, 'groups');
    }),
  );

  router.get(
    '/groups/:id',
    graphHandler(ctx, (req, res, call) => {
      const group = groupOf(req, call);
      const query = parseODataQuery(req, GROUP_TYPE);
      sendEntity(ctx, res, groupObject(ctx.state, group), query, 'groups');
    }),
  );

  router.get(
    '/groups/:id/:relation(members|transitiveMembers)',
    graphHandler(ctx, (req, res, call) => {
      const group = groupOf(req, call);
      const transitive = req.params.relation === 'transitiveMembers';
      sendCollection(
        ctx,
        req,
        res,
        membersOf(ctx.state, group, transitive),
        parseODataQuery(req, DIRECTORY_OBJECT_TYPE),
        'directoryObjects',
        { withType: true },
      );
    }),
  );

  router.get(
    '/groups/:id/:relation(members|transitiveMembers)/:cast',
    graphHandler(ctx, (req, res, call) => {
      const group = groupOf(req, call);
      const cast = CASTS.find(
        t => t.name.toLowerCase() === req.params.cast.toLowerCase(),
      );
      if (!cast) {
        throw badRequest(
          `Resource not found for the segment '${req.params.cast}'.`,
        );
      }
      const transitive = req.params.relation === 'transitiveMembers';
      const members = membersOf(ctx.state, group, transitive).filter(
        m => m.type === cast,
      );
      sendCollection(
        ctx,
        req,
        res,
        members,
        parseODataQuery(req, cast),
        cast.entitySet,
      );
    }),
  );

  return router;
}
