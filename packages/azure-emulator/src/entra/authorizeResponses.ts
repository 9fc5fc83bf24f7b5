/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { entraErrorBody, type EntraError } from './EntraError';
import type { AuthorizeTarget } from './authorizeRequests';
import { contentSecurityPolicy } from './pages/html';
import { formPostPage } from './pages/formPostPage';

/** Sends `fields` (plus `state`) to the client's redirect URI, per `response_mode`. */
export function sendToRedirectUri(
  res: Response,
  target: AuthorizeTarget,
  fields: Record<string, string>,
): void {
  const answer = {
    ...fields,
    ...(target.state !== undefined ? { state: target.state } : {}),
  };
  res.setHeader('Cache-Control', 'no-store, no-cache');
  if (target.responseMode === 'form_post') {
    const nonce = randomBytes(16).toString('base64url');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
    res.type('html').send(formPostPage(target.redirectUri, answer, nonce));
    return;
  }
  const url = new URL(target.redirectUri);
  if (target.responseMode === 'fragment') {
    url.hash = new URLSearchParams(answer).toString();
  } else {
    for (const [name, value] of Object.entries(answer)) {
      url.searchParams.set(name, value);
    }
  }
  res.redirect(302, url.toString());
}

/** An error answer to the client: `error`, `error_description`, `error_uri`. */
export function sendErrorToRedirectUri(
  res: Response,
  target: AuthorizeTarget,
  error: EntraError,
  nowMs: number,
): void {
  const body = entraErrorBody(error, { nowMs });
  sendToRedirectUri(res, target, {
    error: body.error,
    error_description: body.error_description,
    error_uri: body.error_uri,
    ...(error.suberror ? { suberror: error.suberror } : {}),
  });
}
