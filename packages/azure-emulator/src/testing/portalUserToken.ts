/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { RunningEmulator } from '../index';
import { signInForTokens } from '../entra/testing/browserSignIn';
import { demoIds } from './demoIds';

/**
 * A demo user's access token for the portal's own API, obtained as the
 * frontend would: the sign-in page, then the code flow with PKCE.
 */
export async function portalUserToken(
  emulator: RunningEmulator,
  userKey: string,
  tenantId = demoIds.tenant('contoso'),
): Promise<string> {
  const portal = demoIds.app('backstage-portal');
  const body = await signInForTokens(emulator, {
    tenant: tenantId,
    clientId: portal.appId,
    clientSecret: portal.passwordCredentials[0].secretText,
    userObjectId: demoIds.user(userKey),
    scope: `api://${portal.appId}/access_as_user`,
  });
  return body.access_token as string;
}
