/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorContext } from '../server/EmulatorContext';
import type { AppRegistration, Tenant } from '../state/model';
import {
  applicationNotFound,
  invalidCodeChallenge,
  loginRequired,
  missingParameter,
  redirectUriMismatch,
  unsupportedCodeChallengeMethod,
  unsupportedResponseType,
} from './entraErrors';
import { clientAppInTenant, isFirstParty } from './clientApps';
import { isValidCodeChallenge, type CodeChallengeMethod } from './pkce';
import { parseScopeRequest } from './requestedScopes';
import { resolveTenantSegment, type TenantSegment } from './tenants';

export type ResponseMode = 'query' | 'fragment' | 'form_post';
const RESPONSE_MODES: ResponseMode[] = ['query', 'fragment', 'form_post'];

/** A client and redirect URI that passed validation: answers may go there. */
export type AuthorizeTarget = {
  segment: TenantSegment;
  client: AppRegistration;
  redirectUri: string;
  responseMode: ResponseMode;
  state?: string;
};

/** The rest of an authorize request, checked once the target is trusted. */
export type AuthorizationDetails = {
  scope: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: CodeChallengeMethod;
  loginHint?: string;
};

/** How messages name the directory of a `common` or `organizations` request. */
export function directoryOf(segment: TenantSegment): Tenant {
  if (segment.kind === 'tenant') return segment.tenant;
  return { id: segment.kind, displayName: segment.kind, domain: segment.kind };
}

function clientFor(
  ctx: EmulatorContext,
  segment: TenantSegment,
  clientId: string,
): AppRegistration {
  if (segment.kind === 'tenant') {
    return clientAppInTenant(ctx, clientId, segment.tenant);
  }
  const app = ctx.state.app(clientId);
  if (!app || isFirstParty(app)) {
    throw applicationNotFound(clientId, directoryOf(segment));
  }
  return app;
}

/**
 * Validates the tenant, client and redirect URI. Failures here are shown on
 * an error page: Entra never redirects to a URI it cannot trust.
 */
export function readAuthorizeTarget(
  ctx: EmulatorContext,
  tenantSegment: string,
  params: Record<string, string>,
): AuthorizeTarget {
  const segment = resolveTenantSegment(ctx, tenantSegment);
  if (!params.client_id) throw missingParameter('client_id');
  const client = clientFor(ctx, segment, params.client_id);
  const redirectUri = params.redirect_uri;
  if (!redirectUri) throw missingParameter('redirect_uri');
  if (!client.redirectUris.includes(redirectUri)) {
    throw redirectUriMismatch(redirectUri, client.appId);
  }
  const mode = params.response_mode as ResponseMode;
  return {
    segment,
    client,
    redirectUri,
    responseMode: RESPONSE_MODES.includes(mode) ? mode : 'query',
    state: params.state,
  };
}

function readCodeChallenge(
  params: Record<string, string>,
): Pick<AuthorizationDetails, 'codeChallenge' | 'codeChallengeMethod'> {
  const challenge = params.code_challenge;
  if (!challenge) return {};
  if (!isValidCodeChallenge(challenge)) throw invalidCodeChallenge();
  const method = params.code_challenge_method ?? 'plain';
  if (method !== 'S256' && method !== 'plain') {
    throw unsupportedCodeChallengeMethod(method);
  }
  return { codeChallenge: challenge, codeChallengeMethod: method };
}

/**
 * Validates the rest of the request; failures here go back to the client's
 * redirect URI as `error` and `error_description`.
 */
export function readAuthorizationDetails(
  ctx: EmulatorContext,
  target: AuthorizeTarget,
  params: Record<string, string>,
): AuthorizationDetails {
  const responseType = params.response_type;
  if (!responseType) throw missingParameter('response_type');
  if (responseType !== 'code') throw unsupportedResponseType(responseType);
  if (!params.scope) throw missingParameter('scope');
  parseScopeRequest(ctx, params.scope, directoryOf(target.segment));
  const challenge = readCodeChallenge(params);
  // No one is signed in to the emulator between requests.
  if (params.prompt === 'none') throw loginRequired();
  return {
    scope: params.scope,
    nonce: params.nonce,
    loginHint: params.login_hint,
    ...challenge,
  };
}
