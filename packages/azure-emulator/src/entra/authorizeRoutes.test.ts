/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { startTestEmulator } from '../testing/startTestEmulator';
import type { RunningEmulator } from '../index';
import { readSignInForm } from './testing/browserSignIn';
import {
  ALICE,
  BOB_GUEST_IN_FABRIKAM,
  CONTOSO,
  FABRIKAM,
  GRACE,
  PORTAL_APP_ID,
  PORTAL_REDIRECT_URI,
  TOOL_APP_ID,
} from './testing/demoDirectory';

const SCOPE = `api://${PORTAL_APP_ID}/access_as_user openid profile offline_access`;

describe('the authorize endpoint (browser sign-in)', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  const authorizeUrl = (tenant: string, extra: Record<string, string> = {}) =>
    `${
      emulator.urls.http
    }/${tenant}/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: PORTAL_APP_ID,
      response_type: 'code',
      redirect_uri: PORTAL_REDIRECT_URI,
      scope: SCOPE,
      state: 'state-42',
      ...extra,
    })}`;
  const open = (tenant: string, extra?: Record<string, string>) =>
    fetch(authorizeUrl(tenant, extra), { redirect: 'manual' });

  it("shows a page titled with the tenant's name listing its demo users", async () => {
    const response = await open(CONTOSO);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/html; charset=utf-8',
    );
    expect(response.headers.get('content-security-policy')).toContain(
      "script-src 'none'",
    );
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Sign in to Contoso ML</title>');
    expect(html).toContain('<h1>Sign in to Contoso ML</h1>');
    expect(html).toContain('<strong>Backstage portal</strong>');
    for (const name of [
      'Alice Admin',
      'Bob Builder',
      'Carol Chen',
      'Dave Reader',
      'Erin Newcomer',
      'Frank Ops',
    ]) {
      expect(html).toContain(`<span class="name">${name}</span>`);
    }
    expect(html).not.toContain('Grace');
    expect(html).toContain(
      `<button type="submit" name="user_id" value="${ALICE}"`,
    );
    expect(html).toContain(
      '<span class="upn">alice@contoso.onmicrosoft.com</span>',
    );
    expect(html).toContain('<span class="job">Platform engineer</span>');
    expect(html).toContain(
      '<span class="story">Owner of both Contoso subscriptions through platform-team.</span>',
    );
    expect(html).not.toContain('autofocus');
  });

  it("lists Fabrikam's members and Bob's guest account", async () => {
    const html = await (await open('fabrikam.onmicrosoft.com')).text();
    expect(html).toContain('<title>Sign in to Fabrikam Research</title>');
    expect(html).toContain(`value="${GRACE}"`);
    expect(html).toContain(`value="${BOB_GUEST_IN_FABRIKAM}"`);
    expect(html).toContain('<span class="name">Bob Builder (guest)</span>');
    expect(html).toContain(
      '<span class="upn">bob_contoso.onmicrosoft.com#EXT#@fabrikam.onmicrosoft.com</span>',
    );
    expect(html).toContain(
      '<span class="story">Bob&#39;s guest account in Fabrikam (userType Guest).</span>',
    );
  });

  it('preselects the login_hint account', async () => {
    const html = await (
      await open(CONTOSO, { login_hint: 'Carol@contoso.onmicrosoft.com' })
    ).text();
    const buttons = [...html.matchAll(/name="user_id" value="([^"]+)"/g)].map(
      m => m[1],
    );
    expect(buttons[0]).toBe('22222222-0000-4000-8000-000000000003');
    expect(html).toMatch(
      /value="22222222-0000-4000-8000-000000000003"\s+aria-describedby="about-22222222-0000-4000-8000-000000000003" autofocus>\s*<span class="suggested">Suggested account: <\/span>/,
    );
  });

  it('redirects prompt=none with login_required', async () => {
    const response = await open(CONTOSO, { prompt: 'none' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(PORTAL_REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe('login_required');
    expect(location.searchParams.get('error_description')).toMatch(
      /^AADSTS50058: A silent sign-in request was sent but no user is signed in\.\r\nTrace ID: /,
    );
    expect(location.searchParams.get('state')).toBe('state-42');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('redirects an unsupported response_type and a bad code_challenge', async () => {
    const token = await open(CONTOSO, { response_type: 'token' });
    const tokenError = new URL(token.headers.get('location')!).searchParams;
    expect(tokenError.get('error')).toBe('unsupported_response_type');
    expect(tokenError.get('error_description')).toMatch(/^AADSTS700054: /);

    const challenge = await open(CONTOSO, { code_challenge: 'too-short' });
    const challengeError = new URL(challenge.headers.get('location')!)
      .searchParams;
    expect(challengeError.get('error')).toBe('invalid_request');
    expect(challengeError.get('error_description')).toMatch(
      /^AADSTS501491: Invalid size of Code_Challenge parameter\./,
    );
  });

  it('shows an error page, never a redirect, for an unknown client or redirect URI', async () => {
    const unknownClient = await open(CONTOSO, {
      client_id: '99999999-0000-4000-8000-000000000000',
    });
    expect(unknownClient.status).toBe(400);
    expect(unknownClient.headers.get('location')).toBeNull();
    expect(await unknownClient.text()).toContain(
      '<strong>AADSTS700016</strong>: Application with identifier &#39;99999999-0000-4000-8000-000000000000&#39; was not found in the directory &#39;Contoso ML&#39;.',
    );

    const singleTenantElsewhere = await open(FABRIKAM, {
      client_id: TOOL_APP_ID,
    });
    expect(singleTenantElsewhere.status).toBe(400);
    expect(await singleTenantElsewhere.text()).toContain('AADSTS700016');

    const evil = await open(CONTOSO, {
      redirect_uri: 'https://evil.example/steal',
    });
    expect(evil.status).toBe(400);
    expect(evil.headers.get('location')).toBeNull();
    expect(await evil.text()).toContain(
      '<strong>AADSTS50011</strong>: The redirect URI &#39;https://evil.example/steal&#39; specified in the request does not match the redirect URIs configured for the application &#39;44444444-0000-4000-8000-000000000001&#39;.',
    );

    const unknownTenant = await open('nowhere.onmicrosoft.com');
    expect(unknownTenant.status).toBe(400);
    expect(await unknownTenant.text()).toContain(
      '<strong>AADSTS90002</strong>: Tenant &#39;nowhere.onmicrosoft.com&#39; not found.',
    );
  });

  it('signs the chosen user in and redirects with the code and state', async () => {
    const { action, fields } = readSignInForm(
      await (await open(CONTOSO)).text(),
    );
    expect(action).toBe(`/${CONTOSO}/oauth2/v2.0/authorize`);
    fields.set('user_id', ALICE);
    const response = await fetch(`${emulator.urls.http}${action}`, {
      method: 'POST',
      body: fields,
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(PORTAL_REDIRECT_URI);
    expect(location.searchParams.get('code')).toMatch(/^1\.A[\w-]{64}$/);
    expect(location.searchParams.get('state')).toBe('state-42');
  });

  it('answers with an auto-submitting form for response_mode=form_post', async () => {
    const { action, fields } = readSignInForm(
      await (await open(CONTOSO, { response_mode: 'form_post' })).text(),
    );
    fields.set('user_id', ALICE);
    const response = await fetch(`${emulator.urls.http}${action}`, {
      method: 'POST',
      body: fields,
    });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    const nonce = /'nonce-([\w-]+)'/.exec(csp)![1];
    const html = await response.text();
    expect(html).toContain(
      `<form method="post" action="${PORTAL_REDIRECT_URI}">`,
    );
    expect(html).toMatch(
      /<input type="hidden" name="code" value="1\.A[\w-]+">/,
    );
    expect(html).toContain(
      '<input type="hidden" name="state" value="state-42">',
    );
    expect(html).toContain(
      `<script nonce="${nonce}">document.forms[0].submit();</script>`,
    );
  });

  it('refuses an account of another directory', async () => {
    const { action, fields } = readSignInForm(
      await (await open(CONTOSO)).text(),
    );
    fields.set('user_id', GRACE);
    const response = await fetch(`${emulator.urls.http}${action}`, {
      method: 'POST',
      body: fields,
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(
      `<strong>AADSTS50034</strong>: The user account ${GRACE} does not exist in the &#39;contoso.onmicrosoft.com&#39; directory.`,
    );
  });

  it('lists the users of every directory at common', async () => {
    const html = await (await open('common')).text();
    expect(html).toContain('<h2>Contoso ML</h2>');
    expect(html).toContain('<h2>Fabrikam Research</h2>');
  });

  it('serves the v1.0 authorize path, which names a resource', async () => {
    const query = new URLSearchParams({
      client_id: PORTAL_APP_ID,
      response_type: 'code',
      redirect_uri: PORTAL_REDIRECT_URI,
      resource: 'https://management.azure.com/',
    });
    const page = await fetch(
      `${emulator.urls.http}/${CONTOSO}/oauth2/authorize?${query}`,
    );
    expect(page.status).toBe(200);
    const { action, fields } = readSignInForm(await page.text());
    expect(action).toBe(`/${CONTOSO}/oauth2/authorize`);
    expect(fields.get('resource')).toBe('https://management.azure.com/');
  });

  it('logs out to post_logout_redirect_uri, or shows a signed-out page', async () => {
    const redirect = await fetch(
      `${
        emulator.urls.http
      }/${CONTOSO}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(
        'http://localhost:3000/',
      )}&state=bye`,
      { redirect: 'manual' },
    );
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(
      'http://localhost:3000/?state=bye',
    );

    const page = await fetch(
      `${emulator.urls.http}/${CONTOSO}/oauth2/v2.0/logout`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      '<h1>You signed out of your account</h1>',
    );
  });
});
