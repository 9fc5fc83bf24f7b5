/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { RunningEmulator } from '../index';
import { ARM_AUDIENCE } from '../entra/firstPartyApis';
import { demoIds } from './demoIds';

/**
 * Signs a v1 access token for a demo user straight from the emulator's key,
 * skipping Entra's flows. For tests of the resource APIs only: identity flows
 * are tested through the official credentials.
 */
export async function userAccessToken(
  emulator: RunningEmulator,
  objectId: string,
  audience = ARM_AUDIENCE,
): Promise<AccessToken> {
  const { state, issuer } = emulator.ctx;
  const user = state.users.get(objectId);
  if (!user) throw new Error(`no demo user ${objectId}`);
  const now = Math.floor(emulator.ctx.now() / 1000);
  const token = await issuer.sign(
    {
      aud: audience,
      iss: `https://sts.windows.net/${user.tenantId}/`,
      tid: user.tenantId,
      oid: user.objectId,
      sub: user.objectId,
      upn: user.userPrincipalName,
      unique_name: user.userPrincipalName,
      name: user.displayName,
      appid: demoIds.app('backstage-portal').appId,
      appidacr: '1',
      idtyp: 'user',
      scp: 'user_impersonation',
      groups: state.groupIdsOf(user.objectId),
      ver: '1.0',
    },
    3600,
    now,
  );
  return { token, expiresOnTimestamp: (now + 3600) * 1000 };
}

/** A TokenCredential that hands out a demo user's token, for SDK clients in tests. */
export function userCredential(
  emulator: RunningEmulator,
  objectId: string,
): TokenCredential {
  return {
    getToken: () => userAccessToken(emulator, objectId),
  };
}
