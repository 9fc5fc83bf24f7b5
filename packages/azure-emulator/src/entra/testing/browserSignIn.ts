/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash, randomBytes } from 'node:crypto';
import type { RunningEmulator } from '../../index';
import { PORTAL_REDIRECT_URI } from './demoDirectory';

export type SignIn = {
  tenant: string;
  clientId: string;
  /** The account picked on the sign-in page. */
  userObjectId: string;
  scope: string;
  redirectUri?: string;
  nonce?: string;
};

/** A fresh PKCE secret and its S256 challenge. */
export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The form of the sign-in page: where it posts and its hidden fields. */
export function readSignInForm(html: string) {
  const action = unescapeHtml(
    /<form method="post" action="([^"]*)"/.exec(html)![1],
  );
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
  )) {
    fields.set(unescapeHtml(name), unescapeHtml(value));
  }
  return { action, fields };
}

/**
 * Does what a browser does: opens the authorize URL on the http listener,
 * picks the account on the page, and reads the code from the redirect.
 */
export async function authorizeInBrowser(
  emulator: RunningEmulator,
  signIn: SignIn,
) {
  const pkce = pkcePair();
  const query = new URLSearchParams({
    client_id: signIn.clientId,
    response_type: 'code',
    redirect_uri: signIn.redirectUri ?? PORTAL_REDIRECT_URI,
    scope: signIn.scope,
    state: 'opaque-state',
    nonce: signIn.nonce ?? 'nonce-1',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  });
  const page = await fetch(
    `${emulator.urls.http}/${signIn.tenant}/oauth2/v2.0/authorize?${query}`,
  );
  if (page.status !== 200) {
    throw new Error(`authorize page: ${page.status} ${await page.text()}`);
  }
  const { action, fields } = readSignInForm(await page.text());
  fields.set('user_id', signIn.userObjectId);
  const answer = await fetch(`${emulator.urls.http}${action}`, {
    method: 'POST',
    body: fields,
    redirect: 'manual',
  });
  const location = new URL(answer.headers.get('location') ?? 'about:blank');
  const code = location.searchParams.get('code');
  if (answer.status !== 302 || !code) {
    throw new Error(`sign-in: ${answer.status} ${location}`);
  }
  return { code, verifier: pkce.verifier, location };
}

/** `POST /{tenant}/oauth2/v2.0/token` with form fields, as a client does. */
export function postToken(
  emulator: RunningEmulator,
  tenant: string,
  fields: Record<string, string>,
) {
  return fetch(`${emulator.urls.https}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
}

/** Signs a user in through the browser flow and redeems the code with PKCE. */
export async function signInForTokens(
  emulator: RunningEmulator,
  signIn: SignIn & { clientSecret: string },
): Promise<Record<string, any>> {
  const { code, verifier } = await authorizeInBrowser(emulator, signIn);
  const response = await postToken(emulator, signIn.tenant, {
    grant_type: 'authorization_code',
    client_id: signIn.clientId,
    client_secret: signIn.clientSecret,
    code,
    code_verifier: verifier,
    redirect_uri: signIn.redirectUri ?? PORTAL_REDIRECT_URI,
    scope: signIn.scope,
  });
  const body = await response.json();
  if (response.status !== 200) {
    throw new Error(
      `code redemption: ${response.status} ${body.error_description}`,
    );
  }
  return body;
}
