/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { Router, type Request } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import { GraphError, badRequest } from './graphErrors';
import { graphHandler, type GraphCall } from './graphPipeline';
import { READ_ME, READ_USERS } from './graphPermissions';
import { signedInUser, userById } from './signedInUser';

/**
 * What Graph answers for a user without a photo, which every emulated user
 * is: the msgraph catalog module then leaves the profile picture out.
 */
const NO_PHOTO = () =>
  new GraphError(
    404,
    'ImageNotFound',
    "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.",
  );

function checkValueSegment(req: Request) {
  if (req.params.value !== undefined && req.params.value !== '$value') {
    throw badRequest(
      `Resource not found for the segment '${req.params.value}'.`,
    );
  }
}

/** `/users/{id}/photo[s]` and `/me/photo[s]`, with sizes and `$value`. */
export function createUserPhotoRoutes(ctx: EmulatorContext): Router {
  const router = Router();
  const photoPaths = (base: string) => [
    `${base}/photo`,
    `${base}/photo/:value`,
    `${base}/photos`,
    `${base}/photos/:size`,
    `${base}/photos/:size/:value`,
  ];
  const noPhoto = (findUser: (req: Request, call: GraphCall) => void) =>
    graphHandler(ctx, (req, _res, call) => {
      findUser(req, call);
      checkValueSegment(req);
      throw NO_PHOTO();
    });

  router.get(
    photoPaths('/users/:id'),
    noPhoto((req, call) => {
      call.require(READ_USERS);
      userById(ctx.state, call, req.params.id);
    }),
  );
  router.get(
    photoPaths('/me'),
    noPhoto((_req, call) => {
      signedInUser(ctx.state, call);
      call.require(READ_ME);
    }),
  );
  return router;
}
