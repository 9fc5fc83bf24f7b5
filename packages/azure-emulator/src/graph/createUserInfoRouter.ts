/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { pairwiseSubject } from '../entra/accessTokens';
import { homeAccountOf } from '../entra/userAccounts';
import { GraphError } from './graphErrors';
import { graphHandler, graphPipeline } from './graphPipeline';
import { signedInUser } from './signedInUser';

/** The path of the OpenID Connect UserInfo endpoint, on Graph's host. */
export const USERINFO_PATH = '/oidc/userinfo';

/**
 * OpenID Connect UserInfo, as Entra serves it on Graph's host
 * (`https://graph.microsoft.com/oidc/userinfo`): the signed-in person of a
 * delegated Graph token, with the same pairwise `sub` as their ID token.
 */
export function createUserInfoRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.use(USERINFO_PATH, graphPipeline(ctx));
  router.all(
    USERINFO_PATH,
    graphHandler(ctx, (req, res, call) => {
      if (req.method !== 'GET' && req.method !== 'POST') {
        throw new GraphError(
          405,
          'Request_BadRequest',
          `UserInfo answers GET and POST, not ${req.method}.`,
        );
      }
      const user = signedInUser(ctx.state, call);
      res.json({
        sub: pairwiseSubject(user.objectId, call.caller.appId),
        name: user.displayName,
        family_name: user.surname,
        given_name: user.givenName,
        picture: `${ctx.urls.https}/v1.0/me/photo/$value`,
        email: homeAccountOf(ctx, user).mail,
      });
    }),
  );
  return router;
}
