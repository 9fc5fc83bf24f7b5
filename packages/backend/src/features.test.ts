/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { randomBytes } from 'node:crypto';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import request from 'supertest';
import { Client } from 'pg';
import {
  MANAGED_IDENTITY_HEADER,
  MANAGED_IDENTITY_PATH,
  type RunningEmulator,
} from '@internal/azure-emulator';
import { startTestEmulator } from '@internal/azure-emulator/testing';
import { portalFeatures } from './features';
import { RecordingLogger, type LogRecord } from './testing/RecordingLogger';
import { testPostgresUrl } from './testing/testPostgres';

const CONTOSO = '11111111-0000-4000-8000-000000000001';
let emulator: RunningEmulator;
const savedEnv = { ...process.env };

beforeAll(async () => {
  emulator = await startTestEmulator();
  // As scripts/start.mjs does: the msgraph module ingests through the
  // emulator's managed identity.
  process.env.IDENTITY_ENDPOINT = `${emulator.urls.https}${MANAGED_IDENTITY_PATH}`;
  process.env.IDENTITY_HEADER = MANAGED_IDENTITY_HEADER;
});
afterAll(async () => {
  process.env = savedEnv;
  await emulator?.stop();
});

// The local defaults' Azure ML block: the plugin only reads it at start.
const azureMlConfig = {
  cloud: 'custom',
  audit: { secret: 'portal-backend-test-audit-secret-0123456789' },
  endpoints: {
    authorityHost: 'https://localhost:7443',
    resourceManager: 'https://localhost:7443',
    graph: 'https://localhost:7443/v1.0',
  },
  portalApp: {
    clientId: '44444444-0000-4000-8000-000000000001',
    credential: {
      mode: 'client-secret',
      clientSecret: 'emulator-portal-secret',
    },
  },
  tenants: [{ tenantId: '11111111-0000-4000-8000-000000000001' }],
  serviceIdentity: {
    mode: 'managed-identity',
    clientId: '66666666-0000-4000-8000-000000000001',
  },
};

// Booting every plugin (and, on PostgreSQL, creating a database for each) takes
// seconds on a shared 2-core machine, more than Jest's default 5.
jest.setTimeout(60_000);

async function startPortalBackend(database: JsonObject) {
  const records: LogRecord[] = [];
  const backend = await startTestBackend({
    features: [
      ...portalFeatures,
      databaseServiceFactory,
      schedulerServiceFactory,
      createServiceFactory({
        service: coreServices.rootLogger,
        deps: {},
        factory: () => new RecordingLogger(records),
      }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: { baseUrl: 'http://localhost:7007', database },
          // The local defaults' sign-in and ingestion, against this emulator.
          auth: {
            session: { secret: 'test-session-secret' },
            providers: {
              microsoft: {
                development: {
                  authenticator: 'oidc',
                  clientId: '44444444-0000-4000-8000-000000000001',
                  clientSecret: 'emulator-portal-secret',
                  metadataUrl: `${emulator.urls.https}/${CONTOSO}/v2.0/.well-known/openid-configuration`,
                  tokenEndpointAuthMethod: 'client_secret_post',
                  prompt: 'auto',
                },
              },
            },
          },
          catalog: {
            rules: [{ allow: ['User', 'Group'] }],
            providers: {
              microsoftGraphOrg: {
                contoso: {
                  target: `${emulator.urls.https}/v1.0`,
                  authority: emulator.urls.https,
                  tenantId: CONTOSO,
                  user: { filter: "userType eq 'Member'" },
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { minutes: 5 },
                  },
                },
              },
            },
          },
          azureMl: azureMlConfig,
        },
      }),
    ],
  });
  return { backend, records };
}

async function eventuallyGet(
  server: Parameters<typeof request>[0],
  url: string,
  accept: (body: any) => boolean,
) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await request(server).get(url);
    if (response.status === 200 && accept(response.body)) return response;
    if (Date.now() > deadline) {
      throw new Error(`GET ${url}: still ${response.status} ${response.text}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

async function expectPortalServes(database: JsonObject) {
  const { backend, records } = await startPortalBackend(database);
  try {
    const { server } = backend;

    const ready = await request(server).get('/.backstage/health/v1/readiness');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });

    // The catalog has run its migrations and ingested Contoso from Graph.
    const groups = await eventuallyGet(
      server,
      '/api/catalog/entities/by-query?filter=kind=group',
      body => body.items?.length === 5,
    );
    expect(groups.body.items.map((g: any) => g.metadata.name).sort()).toEqual([
      'contoso_ml',
      'ml-readers',
      'platform-team',
      'team-nlp',
      'team-vision',
    ]);

    // Sign-in starts at the emulator's Contoso sign-in page.
    const start = await request(server).get('/api/auth/microsoft/start').query({
      env: 'development',
      scope: 'openid offline_access profile email User.Read',
    });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.location);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(
      `${emulator.urls.http}/${CONTOSO}/oauth2/v2.0/authorize`,
    );
    expect(authorize.searchParams.get('client_id')).toBe(
      '44444444-0000-4000-8000-000000000001',
    );

    const actions = await request(server).get('/api/scaffolder/v2/actions');
    expect(actions.status).toBe(200);
    expect(actions.body.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([
        'catalog:register',
        'azureml:job:submit',
        'azureml:data:register',
        'azureml:model:register',
        'azureml:environment:create',
        'azure:identity:federate',
      ]),
    );

    const decision = await request(server)
      .post('/api/permission/authorize')
      .send({
        items: [
          {
            id: 'probe',
            permission: {
              type: 'basic',
              name: 'catalog.entity.create',
              attributes: { action: 'create' },
            },
          },
        ],
      });
    expect(decision.status).toBe(200);
    expect(decision.body.items).toEqual([{ id: 'probe', result: 'ALLOW' }]);

    const search = await request(server).get(
      '/api/search/query?term=team-vision',
    );
    expect(search.status).toBe(200);

    // The Azure ML plugin is mounted and refuses a call with no Entra token.
    const identity = await request(server).get('/api/azure-ml/identity');
    expect(identity.status).toBe(401);
    expect(identity.body.error.message).toBe(
      'Missing Azure access token: sign in with Microsoft and send the token for the portal API',
    );

    const errors = records.filter(r => r.level === 'error');
    expect(errors).toEqual([]);
  } finally {
    await backend.stop();
  }
}

describe('the portal backend', () => {
  it('starts every plugin and serves on SQLite in memory', async () => {
    await expectPortalServes({
      client: 'better-sqlite3',
      connection: ':memory:',
    });
  });

  describe('on PostgreSQL', () => {
    // Each run gets its own databases, so runs on a shared server never collide.
    const prefix = `azml_test_${randomBytes(4).toString('hex')}_`;

    afterAll(async () => {
      const admin = new Client({ connectionString: testPostgresUrl() });
      await admin.connect();
      try {
        const { rows } = await admin.query(
          'SELECT datname FROM pg_database WHERE datname LIKE $1',
          [`${prefix}%`],
        );
        for (const { datname } of rows) {
          await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
        }
      } finally {
        await admin.end();
      }
    });

    it('starts every plugin and serves', async () => {
      await expectPortalServes({
        client: 'pg',
        connection: testPostgresUrl(),
        prefix,
      });
    });
  });
});
