/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authBackend from '@backstage/plugin-auth-backend';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogMicrosoftGraph from '@backstage/plugin-catalog-backend-module-msgraph';
import {
  MANAGED_IDENTITY_HEADER,
  MANAGED_IDENTITY_PATH,
  type RunningEmulator,
} from '@internal/azure-emulator';
import { demoIds, startTestEmulator } from '@internal/azure-emulator/testing';
import request from 'supertest';
import { authModuleEntraIdProvider } from './authModuleEntraIdProvider';
import { RecordingLogger, type LogRecord } from '../testing/RecordingLogger';
import {
  refreshMicrosoftSession,
  signInWithMicrosoft,
} from '../testing/signInWithMicrosoft';

const CONTOSO = demoIds.tenant('contoso');
const PORTAL_APP_ID = '44444444-0000-4000-8000-000000000001';
const PORTAL_SCOPE = `api://${PORTAL_APP_ID}/access_as_user`;
const APP_ORIGIN = 'http://localhost:3000';
const BOB = demoIds.user('bob');
const ERIN = demoIds.user('erin');

const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

jest.setTimeout(90_000);

describe('sign-in with Microsoft through the emulator', () => {
  let emulator: RunningEmulator;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const saved = { ...process.env };
  const records: LogRecord[] = [];

  beforeAll(async () => {
    emulator = await startTestEmulator();
    // What scripts/start.mjs gives the backend: the emulator's managed identity,
    // which the msgraph module reaches through DefaultAzureCredential.
    process.env.IDENTITY_ENDPOINT = `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`;
    process.env.IDENTITY_HEADER = MANAGED_IDENTITY_HEADER;
    const graph = {
      target: `${emulator.urls.https}/v1.0`,
      authority: emulator.urls.https,
    };
    const schedule = { frequency: { hours: 1 }, timeout: { minutes: 5 } };
    backend = await startTestBackend({
      features: [
        authBackend,
        authModuleEntraIdProvider,
        catalogBackend,
        catalogMicrosoftGraph,
        databaseServiceFactory,
        schedulerServiceFactory,
        createServiceFactory({
          service: coreServices.rootLogger,
          deps: {},
          factory: () => new RecordingLogger(records),
        }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: APP_ORIGIN },
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            auth: {
              session: { secret: 'test-session-secret' },
              providers: {
                microsoft: {
                  development: {
                    authenticator: 'oidc',
                    clientId: PORTAL_APP_ID,
                    clientSecret: 'emulator-portal-secret',
                    metadataUrl: `${emulator.urls.https}/${CONTOSO}/v2.0/.well-known/openid-configuration`,
                    tokenEndpointAuthMethod: 'client_secret_post',
                    prompt: 'auto',
                    // The redirect URI the emulator's portal app allows (the
                    // test backend listens on a free port of its own).
                    callbackUrl:
                      'http://localhost:7007/api/auth/microsoft/handler/frame',
                  },
                },
              },
            },
            catalog: {
              rules: [{ allow: ['User', 'Group'] }],
              providers: {
                microsoftGraphOrg: {
                  // Contoso through the managed identity; Erin is left out, so
                  // someone who can sign in is missing from the catalog.
                  contoso: {
                    ...graph,
                    tenantId: CONTOSO,
                    queryMode: 'advanced',
                    user: {
                      filter:
                        "userType eq 'Member' and mail ne 'erin@contoso.onmicrosoft.com'",
                    },
                    schedule,
                  },
                },
              },
            },
          },
        }),
      ],
    });
    await ingested(['bob_contoso.onmicrosoft.com']);
  });

  afterAll(async () => {
    await backend?.stop();
    await emulator?.stop();
    process.env = saved;
  });

  async function ingested(names: string[]) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = await request(backend.server).get(
        '/api/catalog/entities/by-query?filter=kind=user',
      );
      const found = (res.body.items ?? []).map((e: any) => e.metadata.name);
      if (names.every(n => found.includes(n))) return found as string[];
      if (Date.now() > deadline) {
        const problems = records.filter(
          r => r.level !== 'debug' && r.level !== 'info',
        );
        throw new Error(
          `users ingested so far: ${found.join(', ')}; ${JSON.stringify(
            problems,
          )}`,
        );
      }
      await new Promise(r => setTimeout(r, 250));
    }
  }

  it('ingests the Contoso members from Graph through the managed identity', async () => {
    const users = await ingested([]);
    expect(users.sort()).toEqual([
      'alice_contoso.onmicrosoft.com',
      'bob_contoso.onmicrosoft.com',
      'carol_contoso.onmicrosoft.com',
      'dave_contoso.onmicrosoft.com',
      'frank_contoso.onmicrosoft.com',
    ]);
  });

  it('signs Bob in as his ingested user and hands out a portal API token on refresh', async () => {
    const { message, jar } = await signInWithMicrosoft({
      server: backend.server,
      userObjectId: BOB,
      appOrigin: APP_ORIGIN,
    });
    expect(message.error).toBeUndefined();
    expect(message.response.profile).toEqual({
      displayName: 'Bob Builder',
      email: 'bob@contoso.onmicrosoft.com',
    });
    expect(message.response.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/bob_contoso.onmicrosoft.com',
      ownershipEntityRefs: [
        'user:default/bob_contoso.onmicrosoft.com',
        'group:default/team-vision',
      ],
    });
    // Signed in for Graph: the frontend's default scopes.
    expect(claimsOf(message.response.providerInfo.accessToken)).toMatchObject({
      aud: 'https://graph.microsoft.com',
      oid: BOB,
    });
    expect(jar.has('microsoft-refresh-token')).toBe(true);

    // What microsoftAuthApiRef.getAccessToken([PORTAL_SCOPE]) sends.
    const refreshed = await refreshMicrosoftSession(
      backend.server,
      jar,
      `${PORTAL_SCOPE} offline_access`,
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.providerInfo.scope).toBe(PORTAL_SCOPE);
    expect(claimsOf(refreshed.body.providerInfo.accessToken)).toMatchObject({
      aud: PORTAL_APP_ID,
      oid: BOB,
      tid: CONTOSO,
      scp: 'access_as_user',
    });
    expect(refreshed.body.profile).toEqual({
      displayName: 'Bob Builder',
      email: 'bob@contoso.onmicrosoft.com',
    });
    expect(refreshed.body.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/bob_contoso.onmicrosoft.com',
    );

    // The rotated refresh token still signs him in for Graph afterwards.
    const graphAgain = await refreshMicrosoftSession(backend.server, jar);
    expect(graphAgain.status).toBe(200);
    expect(claimsOf(graphAgain.body.providerInfo.accessToken).aud).toBe(
      'https://graph.microsoft.com',
    );
  });

  it('refuses Erin, who signs in at Entra but is not in the catalog', async () => {
    const { message } = await signInWithMicrosoft({
      server: backend.server,
      userObjectId: ERIN,
      appOrigin: APP_ORIGIN,
    });
    expect(message.response).toBeUndefined();
    expect(message.error).toEqual({
      name: 'NotFoundError',
      message: `erin@contoso.onmicrosoft.com signed in with Microsoft, but no user in the Backstage catalog has the annotation graph.microsoft.com/user-id: ${ERIN}. Ask your Backstage administrator to ingest this account from Microsoft Graph (catalog.providers.microsoftGraphOrg), then sign in again.`,
    });
  });

  it('refuses a refresh without the session cookie', async () => {
    const res = await request(backend.server)
      .get('/api/auth/microsoft/refresh')
      .query({ optional: '', env: 'development', scope: PORTAL_SCOPE })
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      name: 'AuthenticationError',
      message: 'Refresh failed; caused by InputError: Missing session cookie',
    });
  });

  it('logged no error along the way', () => {
    expect(records.filter(r => r.level === 'error')).toEqual([]);
  });
});
