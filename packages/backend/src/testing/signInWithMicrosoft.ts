/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CookieJar } from './CookieJar';

/** Where a test backend's server listens. */
function baseUrlOf(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The frontend's default scopes for `microsoftAuthApiRef` (core-app-api). */
export const MICROSOFT_DEFAULT_SCOPES =
  'openid offline_access profile email User.Read';

const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What the auth backend's frame handler posts to the app window. */
export function readWebMessage(html: string): any {
  const data = /var authResponse = decodeURIComponent\('([^']*)'\);/.exec(html);
  if (!data) throw new Error(`not a web message response: ${html}`);
  return JSON.parse(decodeURIComponent(data[1]));
}

/**
 * Does what the app's sign-in popup does against the backend and the
 * emulator's sign-in page: starts the `microsoft` flow, picks the account on
 * the page, and completes the frame handler. Resolves with the web message
 * the app would receive and the cookies the browser would keep.
 */
export async function signInWithMicrosoft(options: {
  server: Server;
  /** The account to pick on the emulator's sign-in page. */
  userObjectId: string;
  appOrigin: string;
}) {
  const { server, userObjectId, appOrigin } = options;
  const jar = new CookieJar();

  const startQuery = new URLSearchParams({
    env: 'development',
    scope: MICROSOFT_DEFAULT_SCOPES,
    origin: appOrigin,
    flow: 'popup',
  });
  const start = await fetch(
    `${baseUrlOf(server)}/api/auth/microsoft/start?${startQuery}`,
    { redirect: 'manual' },
  );
  if (start.status !== 302) {
    throw new Error(`start: ${start.status} ${await start.text()}`);
  }
  jar.store(start.headers.getSetCookie());
  const authorizeUrl = new URL(start.headers.get('location')!);

  const page = await fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200)
    throw new Error(`authorize page: ${page.status} ${html}`);
  const action = unescapeHtml(
    /<form method="post" action="([^"]*)"/.exec(html)![1],
  );
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]*)" value="([^"]*)">/g,
  )) {
    fields.set(unescapeHtml(name), unescapeHtml(value));
  }
  fields.set('user_id', userObjectId);
  const picked = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    body: fields,
    redirect: 'manual',
  });
  const callback = new URL(picked.headers.get('location') ?? 'about:blank');
  if (picked.status !== 302 || !callback.pathname.endsWith('/handler/frame')) {
    throw new Error(`sign-in page: ${picked.status} ${callback}`);
  }

  const frame = await fetch(
    `${baseUrlOf(server)}${callback.pathname}${callback.search}`,
    { headers: { Cookie: jar.header() } },
  );
  jar.store(frame.headers.getSetCookie());
  return { message: readWebMessage(await frame.text()), jar };
}

/**
 * `GET /api/auth/microsoft/refresh?optional`, as the app's auth API calls it;
 * keeps the cookies the answer sets.
 */
export async function refreshMicrosoftSession(
  server: Server,
  jar: CookieJar,
  scope?: string,
) {
  const query = new URLSearchParams({
    optional: '',
    env: 'development',
    ...(scope ? { scope } : {}),
  });
  const response = await fetch(
    `${baseUrlOf(server)}/api/auth/microsoft/refresh?${query}`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest', Cookie: jar.header() } },
  );
  jar.store(response.headers.getSetCookie());
  return { status: response.status, body: await response.json() };
}
