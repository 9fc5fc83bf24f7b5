/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import {
  TOKEN_EXCHANGE_AUDIENCE,
  WORKLOAD_IDENTITY_PATH,
  workloadIdentityIssuer,
} from './entraUrls';
import { asyncRoute } from './asyncRoute';

/** Workload tokens live an hour, like projected service account tokens. */
const WORKLOAD_TOKEN_LIFETIME_SECONDS = 3600;

const JWKS_PATH = '/openid/v1/jwks';

function workloadIssuerConfiguration(ctx: EmulatorContext) {
  const issuer = workloadIdentityIssuer(ctx);
  return {
    issuer,
    jwks_uri: `${issuer}${JWKS_PATH}`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
}

function badRequest(description: string) {
  return { error: 'invalid_request', error_description: description };
}

/**
 * A test-only OpenID Connect issuer standing in for a Kubernetes cluster's
 * service account issuer or GitHub Actions: `POST .../token` with
 * `{ subject, audience }` mints a token that federated credentials can trust.
 * It signs with the emulator's key, so it refuses audiences of Entra APIs.
 */
export function createWorkloadIdentityRouter(ctx: EmulatorContext): Router {
  const router = Router();
  router.get(
    `${WORKLOAD_IDENTITY_PATH}/.well-known/openid-configuration`,
    (_req, res) => {
      res.json(workloadIssuerConfiguration(ctx));
    },
  );
  router.get(
    `${WORKLOAD_IDENTITY_PATH}${JWKS_PATH}`,
    asyncRoute(async (_req, res) => {
      res.json(await ctx.issuer.jwks());
    }),
  );
  router.post(
    `${WORKLOAD_IDENTITY_PATH}/token`,
    express.json(),
    asyncRoute(async (req, res) => {
      const { subject, audience = TOKEN_EXCHANGE_AUDIENCE } = req.body ?? {};
      if (typeof subject !== 'string' || subject === '') {
        res.status(400).json(badRequest("'subject' (a string) is required."));
        return;
      }
      if (typeof audience !== 'string' || ctx.state.appByAudience(audience)) {
        res
          .status(400)
          .json(
            badRequest(
              `'audience' must be a string that is not an Entra API's audience.`,
            ),
          );
        return;
      }
      const now = Math.floor(ctx.now() / 1000);
      const token = await ctx.issuer.sign(
        {
          iss: workloadIdentityIssuer(ctx),
          sub: subject,
          aud: audience,
          jti: randomUUID(),
        },
        WORKLOAD_TOKEN_LIFETIME_SECONDS,
        now,
      );
      res.json({ token });
    }),
  );
  return router;
}
