/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AccessCheck,
  AccessCheckEvidence,
  AccessFix,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  readAccessTokenClaims,
  type AccessTokenClaims,
  type AzureMlConfig,
  type UserTokenValidator,
  type ValidatedUserToken,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import { isError } from '@backstage/errors';

/** Beyond this difference between Entra's clock and ours, tokens break. */
const MAX_CLOCK_SKEW_SECONDS = 60;

/** The delegated scope the portal's frontend asks for. */
const PORTAL_SCOPE = 'access_as_user';

const TITLE = 'Sign-in token';

type Problem = { summary: string; fix: AccessFix };

const iso = (seconds?: number) =>
  seconds === undefined ? '(none)' : new Date(seconds * 1000).toISOString();

function evidenceOf(
  claims: AccessTokenClaims,
  nowSeconds: number,
): AccessCheckEvidence[] {
  const skew =
    claims.issuedAt === undefined ? undefined : claims.issuedAt - nowSeconds;
  return [
    { label: 'Tenant (tid)', value: claims.tenantId ?? '(none)' },
    { label: 'Audience (aud)', value: claims.audiences.join(', ') || '(none)' },
    { label: 'Scopes (scp)', value: claims.scopes.join(' ') || '(none)' },
    { label: 'Issuer (iss)', value: claims.issuer ?? '(none)' },
    {
      label: 'User',
      value: claims.userPrincipalName ?? claims.objectId ?? '(none)',
    },
    { label: 'Issued at (iat)', value: iso(claims.issuedAt) },
    { label: 'Expires (exp)', value: iso(claims.expiresAt) },
    { label: "Portal's clock", value: iso(nowSeconds) },
    {
      label: 'Clock difference',
      value:
        skew === undefined
          ? 'unknown (no iat)'
          : `${skew > 0 ? '+' : ''}${Math.round(
              skew,
            )} s (Entra − portal; ±${MAX_CLOCK_SKEW_SECONDS} s tolerated)`,
    },
  ];
}

function appRegistrationSteps(clientId: string): string[] {
  return [
    'Open the Microsoft Entra admin center → Identity → Applications → App registrations',
    `Open the portal's app registration (application id ${clientId}) → Expose an API`,
    `Check the Application ID URI and that the scope '${PORTAL_SCOPE}' is exposed and enabled`,
  ];
}

/** What is wrong with the claims, first things first. */
function problemsOf(
  claims: AccessTokenClaims,
  config: AzureMlConfig,
  nowSeconds: number,
): Problem[] {
  const { clientId, audience } = config.portalApp;
  const problems: Problem[] = [];
  const allowed = config.tenants.map(t => t.tenantId.toLowerCase());
  if (!claims.tenantId || !allowed.includes(claims.tenantId.toLowerCase())) {
    problems.push({
      summary: `The token is from tenant ${
        claims.tenantId ?? '(none)'
      }, which this portal does not allow.`,
      fix: {
        summary: `Sign in with an account of an allowed tenant (${config.tenants
          .map(t => t.tenantId)
          .join(
            ', ',
          )}), or add the tenant to azureMl.tenants in app-config.yaml.`,
      },
    });
  }
  if (!claims.audiences.some(aud => aud === clientId || aud === audience)) {
    problems.push({
      summary: `The token is for '${claims.audiences.join(
        "', '",
      )}', not the portal's API ('${audience}').`,
      fix: {
        summary: `The frontend must ask Microsoft Entra for '${audience}/${PORTAL_SCOPE}' and send that token: check azureMl.portalApp.clientId and audience in app-config.yaml against the app registration's Application ID URI.`,
        portalSteps: appRegistrationSteps(clientId),
      },
    });
  } else if (!claims.scopes.includes(PORTAL_SCOPE)) {
    problems.push({
      summary: `The token carries the scopes '${claims.scopes.join(
        ' ',
      )}' but not '${PORTAL_SCOPE}'.`,
      fix: {
        summary: `Expose the delegated scope '${PORTAL_SCOPE}' on the portal's API and have the frontend request '${audience}/${PORTAL_SCOPE}'.`,
        portalSteps: appRegistrationSteps(clientId),
      },
    });
  }
  const skew = claims.issuedAt === undefined ? 0 : claims.issuedAt - nowSeconds;
  if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) {
    problems.push({
      summary: `Entra's clock and the portal's differ by ${Math.round(
        skew,
      )} seconds (more than ${MAX_CLOCK_SKEW_SECONDS}), so tokens look ${
        skew > 0 ? 'not yet valid' : 'older than they are'
      }.`,
      fix: {
        summary:
          "Synchronise the portal host's clock with NTP (Entra's clock is right): on Linux `timedatectl set-ntp true`, then check with `timedatectl status`; in Kubernetes, fix the node's time source.",
      },
    });
  } else if (
    claims.expiresAt !== undefined &&
    claims.expiresAt + MAX_CLOCK_SKEW_SECONDS < nowSeconds
  ) {
    problems.push({
      summary: `The token expired at ${iso(claims.expiresAt)}.`,
      fix: { summary: 'Sign out and sign in again with Microsoft.' },
    });
  }
  return problems;
}

/**
 * The doctor's first check: the Microsoft Entra token the browser forwards
 * for the portal's API — its tenant, audience, scopes and the clocks — and
 * whether the portal's validator accepts it.
 *
 * @returns the check, and the validated user when the token is good.
 * @internal
 */
export async function checkSignInToken(options: {
  token: string | undefined;
  validator: UserTokenValidator;
  config: AzureMlConfig;
  nowMs: number;
}): Promise<{ check: AccessCheck; user?: ValidatedUserToken }> {
  const { token, validator, config } = options;
  const nowSeconds = options.nowMs / 1000;
  const fail = (
    summary: string,
    evidence: AccessCheckEvidence[],
    fix: AccessFix,
  ) => ({
    check: {
      id: 'sign-in-token' as const,
      title: TITLE,
      verdict: 'fail' as const,
      summary,
      evidence,
      fix,
    },
  });
  if (!token) {
    return fail('No Microsoft Entra token came with the request.', [], {
      summary:
        'Sign in with Microsoft; the portal then sends your token for its API in the x-azure-ml-authorization header.',
    });
  }
  const claims = readAccessTokenClaims(token);
  if (!claims) {
    return fail('The token that came with the request is not a JWT.', [], {
      summary: 'Sign out and sign in again with Microsoft.',
    });
  }
  const evidence = evidenceOf(claims, nowSeconds);
  const problems = problemsOf(claims, config, nowSeconds);
  let user: ValidatedUserToken | undefined;
  let refusal: string | undefined;
  try {
    user = await validator.validate(token);
  } catch (error) {
    if (!isError(error) || error.name !== 'AuthenticationError') throw error;
    refusal = error.message;
  }
  if (refusal) evidence.push({ label: 'Validator', value: refusal });
  if (problems.length > 0) {
    // A token the validator accepted still serves the checks after this one.
    return {
      ...fail(
        problems.map(p => p.summary).join(' '),
        evidence,
        problems[0].fix,
      ),
      user,
    };
  }
  if (refusal) {
    return fail(`The portal refuses the token: ${refusal}`, evidence, {
      summary: 'Sign out and sign in again with Microsoft.',
    });
  }
  return {
    user,
    check: {
      id: 'sign-in-token',
      title: TITLE,
      verdict: 'pass',
      summary: `A valid token for the portal's API from tenant ${claims.tenantId}, with the scope '${PORTAL_SCOPE}', and the clocks agree.`,
      evidence,
    },
  };
}
