/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { DirectoryUser } from '../state/model';
import { graphHandler, type GraphCall } from './graphPipeline';
import {
  READ_GROUPS,
  READ_ME,
  READ_MY_GROUPS,
  READ_USERS,
} from './graphPermissions';
import { parseODataQuery } from './odataQuery';
import { sendCollection, sendEntity } from './graphResponses';
import {
  DIRECTORY_OBJECT_TYPE,
  groupObject,
  groupsOf,
  userObject,
} from './directoryObjects';
import { USER_TYPE } from './userResource';
import { signedInUser, userById } from './signedInUser';

/** `/users`, `/users/{id | userPrincipalName}`, `/me` and their memberships. */
export function createUsersRoutes(ctx: EmulatorContext): Router {
  const router = Router();

  router.get(
    '/users',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_USERS);
      const query = parseODataQuery(req, USER_TYPE);
      const users = ctx.state
        .usersIn(call.tenant.id)
        .map(u => userObject(ctx.state, u));
      sendCollection(ctx, req, res, users, query, 'users');
    }),
  );

  const sendUser = (req: Request, res: Response, user: DirectoryUser) =>
    sendEntity(
      ctx,
      res,
      userObject(ctx.state, user),
      parseODataQuery(req, USER_TYPE),
      'users',
    );

  router.get(
    '/users/:id',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_USERS);
      sendUser(req, res, userById(ctx.state, call, req.params.id));
    }),
  );

  router.get(
    '/me',
    graphHandler(ctx, (req, res, call) => {
      const me = signedInUser(ctx.state, call);
      call.require(READ_ME);
      sendUser(req, res, me);
    }),
  );

  const sendMemberships = (
    req: Request,
    res: Response,
    call: GraphCall,
    user: DirectoryUser,
  ) => {
    const transitive = req.params.relation === 'transitiveMemberOf';
    const groups = groupsOf(ctx.state, user.objectId, transitive)
      .filter(g => g.tenantId === call.tenant.id)
      .map(g => groupObject(ctx.state, g));
    sendCollection(
      ctx,
      req,
      res,
      groups,
      parseODataQuery(req, DIRECTORY_OBJECT_TYPE),
      'directoryObjects',
      { withType: true },
    );
  };

  router.get(
    '/users/:id/:relation(memberOf|transitiveMemberOf)',
    graphHandler(ctx, (req, res, call) => {
      call.require(READ_GROUPS);
      sendMemberships(req, res, call, userById(ctx.state, call, req.params.id));
    }),
  );

  router.get(
    '/me/:relation(memberOf|transitiveMemberOf)',
    graphHandler(ctx, (req, res, call) => {
      const me = signedInUser(ctx.state, call);
      call.require(READ_MY_GROUPS);
      sendMemberships(req, res, call, me);
    }),
  );

  return router;
}
