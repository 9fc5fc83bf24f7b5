/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { RunningEmulator } from '../../index';
import { GRAPH_AUDIENCE } from '../../entra/firstPartyApis';
import { demoIds } from '../../testing/demoIds';

const PORTAL_APP_ID: string = demoIds.app('backstage-portal').appId;

async function signGraphToken(
  emulator: RunningEmulator,
  claims: Record<string, unknown> & { tid: string; oid: string },
): Promise<AccessToken> {
  const now = Math.floor(emulator.ctx.now() / 1000);
  const token = await emulator.ctx.issuer.sign(
    {
      aud: GRAPH_AUDIENCE,
      iss: `https://sts.windows.net/${claims.tid}/`,
      sub: claims.oid,
      ver: '1.0',
      ...claims,
    },
    3600,
    now,
  );
  return { token, expiresOnTimestamp: (now + 3600) * 1000 };
}

/**
 * An app-only Graph token for an app's service principal in a tenant, with
 * the app roles given, signed straight from the emulator's key.
 */
export function graphAppToken(
  emulator: RunningEmulator,
  options: {
    tenantId: string;
    roles: string[];
    appId?: string;
    audience?: string;
  },
): Promise<AccessToken> {
  const app = emulator.ctx.state.app(options.appId ?? PORTAL_APP_ID)!;
  return signGraphToken(emulator, {
    aud: options.audience ?? GRAPH_AUDIENCE,
    tid: options.tenantId,
    oid: app.servicePrincipalsByTenant[options.tenantId],
    appid: app.appId,
    appidacr: '1',
    app_displayname: app.displayName,
    idtyp: 'app',
    roles: options.roles,
  });
}

/** The bearer token of `graphAppToken` for an app of a tenant holding `roles`. */
export async function graphAppBearerToken(
  emulator: RunningEmulator,
  tenantId: string,
  roles: string[],
): Promise<string> {
  return (await graphAppToken(emulator, { tenantId, roles })).token;
}

/** A delegated Graph token for a demo user with the scopes given. */
export function graphUserToken(
  emulator: RunningEmulator,
  objectId: string,
  scopes: string[],
): Promise<AccessToken> {
  const user = emulator.ctx.state.users.get(objectId)!;
  return signGraphToken(emulator, {
    tid: user.tenantId,
    oid: user.objectId,
    upn: user.userPrincipalName,
    name: user.displayName,
    appid: PORTAL_APP_ID,
    appidacr: '1',
    idtyp: 'user',
    scp: scopes.join(' '),
  });
}

/**
 * A TokenCredential handing out app-only tokens for whatever resource the
 * client asks (`{resource}/.default`), as Entra's client credentials grant
 * does. Records the scopes asked for.
 */
export function graphAppCredential(
  emulator: RunningEmulator,
  options: { tenantId: string; roles: string[] },
): TokenCredential & { scopesAsked: string[] } {
  const scopesAsked: string[] = [];
  return {
    scopesAsked,
    getToken: scopes => {
      const scope = [scopes].flat()[0];
      scopesAsked.push(scope);
      return graphAppToken(emulator, {
        ...options,
        audience: scope.replace(/\/\.default$/, ''),
      });
    },
  };
}
