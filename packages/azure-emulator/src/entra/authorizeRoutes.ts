/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import express, { Router, type Request, type Response } from 'express';
import type { EmulatorContext } from '../server/EmulatorContext';
import type { DirectoryUser } from '../state/model';
import { EntraError } from './EntraError';
import {
  applicationNotFound,
  missingParameter,
  userNotFound,
} from './entraErrors';
import {
  directoryOf,
  readAuthorizationDetails,
  readAuthorizeTarget,
  type AuthorizationDetails,
  type AuthorizeTarget,
} from './authorizeRequests';
import {
  sendErrorToRedirectUri,
  sendToRedirectUri,
} from './authorizeResponses';
import { isAppInTenant } from './clientApps';
import { entraNowSeconds } from './entraClock';
import {
  AUTHORIZATION_CODE_LIFETIME_SECONDS,
  grantStoreOf,
} from './grantStore';
import { demoStoryOf } from './demoStories';
import { homeAccountOf } from './userAccounts';
import { firstValues } from './requestParams';
import { resolveTenantSegment } from './tenants';
import { v1ToV2Params } from './v1TokenRequests';
import { contentSecurityPolicy } from './pages/html';
import { errorPage } from './pages/errorPage';
import { loginPage, type AccountGroup } from './pages/loginPage';
import { signedOutPage } from './pages/signedOutPage';

const AUTHORIZE_PATHS = [
  '/:tenant/oauth2/v2.0/authorize',
  '/:tenant/oauth2/authorize',
];
const LOGOUT_PATHS = ['/:tenant/oauth2/v2.0/logout', '/:tenant/oauth2/logout'];

function sendPage(res: Response, status: number, html: string) {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy());
  res.setHeader('Cache-Control', 'no-store, no-cache');
  res.status(status).type('html').send(html);
}

function sendErrorPage(ctx: EmulatorContext, res: Response, error: unknown) {
  if (!(error instanceof EntraError)) throw error;
  sendPage(res, error.status, errorPage(error, ctx.now()));
}

/** The request's parameters; the v1.0 path names a `resource`, not scopes. */
function authorizeParams(req: Request, source: unknown) {
  const params = firstValues(source);
  return req.path.includes('/v2.0/') ? params : v1ToV2Params(params);
}

function matchesHint(ctx: EmulatorContext, user: DirectoryUser, hint = '') {
  const wanted = hint.toLowerCase();
  const names = [
    user.userPrincipalName,
    user.mail,
    homeAccountOf(ctx, user).mail,
  ];
  return wanted !== '' && names.some(n => n.toLowerCase() === wanted);
}

function accountGroups(
  ctx: EmulatorContext,
  target: AuthorizeTarget,
  loginHint?: string,
): AccountGroup[] {
  const tenants =
    target.segment.kind === 'tenant'
      ? [target.segment.tenant]
      : [...ctx.state.tenants.values()];
  return tenants.map(tenant => {
    const accounts = ctx.state.usersIn(tenant.id).map(user => ({
      user,
      story: demoStoryOf(user.objectId),
      suggested: matchesHint(ctx, user, loginHint),
    }));
    accounts.sort((a, b) => Number(b.suggested) - Number(a.suggested));
    return { tenantName: tenant.displayName, accounts };
  });
}

function showLoginPage(
  ctx: EmulatorContext,
  req: Request,
  res: Response,
  target: AuthorizeTarget,
  details: AuthorizationDetails,
) {
  const tenantName =
    target.segment.kind === 'tenant'
      ? target.segment.tenant.displayName
      : 'a demo directory';
  sendPage(
    res,
    200,
    loginPage({
      title: `Sign in to ${tenantName}`,
      clientName: target.client.displayName,
      action: req.path,
      params: firstValues(req.query),
      groups: accountGroups(ctx, target, details.loginHint),
    }),
  );
}

/** The account the person picked, in the directory the request names. */
function chosenAccount(
  ctx: EmulatorContext,
  target: AuthorizeTarget,
  userId: string | undefined,
): DirectoryUser {
  if (!userId) throw missingParameter('user_id');
  const user = ctx.state.users.get(userId);
  const directory = directoryOf(target.segment);
  const inDirectory =
    user &&
    (target.segment.kind !== 'tenant' || user.tenantId === directory.id);
  if (!user || !inDirectory) throw userNotFound(userId, directory);
  if (!isAppInTenant(target.client, user.tenantId)) {
    throw applicationNotFound(
      target.client.appId,
      ctx.state.tenants.get(user.tenantId)!,
    );
  }
  return user;
}

function issueCode(
  ctx: EmulatorContext,
  target: AuthorizeTarget,
  details: AuthorizationDetails,
  account: DirectoryUser,
): string {
  return grantStoreOf(ctx.state).issueCode({
    tenantId: account.tenantId,
    clientId: target.client.appId,
    userObjectId: account.objectId,
    redirectUri: target.redirectUri,
    scope: details.scope,
    nonce: details.nonce,
    codeChallenge: details.codeChallenge,
    codeChallengeMethod: details.codeChallengeMethod,
    expiresAtSeconds:
      entraNowSeconds(ctx) + AUTHORIZATION_CODE_LIFETIME_SECONDS,
  });
}

/**
 * GET shows the sign-in page; POST (the page's form) signs the chosen user
 * in and sends the code to the redirect URI.
 */
function handleAuthorize(
  ctx: EmulatorContext,
  req: Request,
  res: Response,
  signIn: boolean,
) {
  const params = authorizeParams(req, signIn ? req.body : req.query);
  let target: AuthorizeTarget;
  let details: AuthorizationDetails;
  try {
    target = readAuthorizeTarget(ctx, req.params.tenant, params);
  } catch (error) {
    sendErrorPage(ctx, res, error);
    return;
  }
  try {
    details = readAuthorizationDetails(ctx, target, params);
  } catch (error) {
    if (!(error instanceof EntraError)) throw error;
    sendErrorToRedirectUri(res, target, error, ctx.now());
    return;
  }
  if (!signIn) {
    showLoginPage(ctx, req, res, target, details);
    return;
  }
  let account: DirectoryUser;
  try {
    account = chosenAccount(ctx, target, params.user_id);
  } catch (error) {
    sendErrorPage(ctx, res, error);
    return;
  }
  sendToRedirectUri(res, target, {
    code: issueCode(ctx, target, details, account),
  });
}

/** Ends the (stateless) session and returns to `post_logout_redirect_uri`. */
function handleLogout(ctx: EmulatorContext, req: Request, res: Response) {
  try {
    resolveTenantSegment(ctx, req.params.tenant);
  } catch (error) {
    sendErrorPage(ctx, res, error);
    return;
  }
  const params = firstValues(req.query);
  const redirect = params.post_logout_redirect_uri;
  if (!redirect || !/^https?:\/\//i.test(redirect)) {
    sendPage(res, 200, signedOutPage());
    return;
  }
  const url = new URL(redirect);
  if (params.state) url.searchParams.set('state', params.state);
  res.redirect(302, url.toString());
}

/** The browser-facing endpoints: authorize (sign-in page) and logout. */
export function createAuthorizeRouter(ctx: EmulatorContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false });
  router.get(AUTHORIZE_PATHS, (req, res) =>
    handleAuthorize(ctx, req, res, false),
  );
  router.post(AUTHORIZE_PATHS, form, (req, res) =>
    handleAuthorize(ctx, req, res, true),
  );
  router.get(LOGOUT_PATHS, (req, res) => handleLogout(ctx, req, res));
  return router;
}
