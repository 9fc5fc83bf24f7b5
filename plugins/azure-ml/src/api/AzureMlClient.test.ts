/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFetchApi,
  FetchMiddlewares,
  UrlPatternDiscovery,
} from '@backstage/core-app-api';
import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/test-utils';
import {
  InvalidResourceIdError,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { AzureMlClient } from './AzureMlClient';

/** One request as the server saw it. */
interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the server answers next: `body` as JSON, or `raw` text as it is. */
interface Answer {
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

const BACKSTAGE_TOKEN = 'backstage-user-token';
const ENTRA_TOKEN = 'entra-user-token-for-the-portal-api';
const PORTAL_CLIENT_ID = '44444444-0000-4000-8000-000000000001';

const workspace: WorkspaceRef = {
  subscriptionId: '00000000-1111-2222-3333-444444444444',
  resourceGroup: 'ml rg(1)',
  workspaceName: 'churn/a?b#c',
};
const W =
  '/api/azure-ml/workspaces/00000000-1111-2222-3333-444444444444/ml%20rg(1)/churn%2Fa%3Fb%23c';

describe('AzureMlClient', () => {
  let server: Server;
  let baseUrl: string;
  let seen: SeenRequest[];
  let answers: Answer[];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', chunk => chunks.push(chunk));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const answer = answers.shift() ?? { status: 200, body: {} };
        res.writeHead(answer.status, {
          'content-type': 'application/json; charset=utf-8',
          ...answer.headers,
        });
        res.end(answer.raw ?? JSON.stringify(answer.body));
      });
    });
    await new Promise<void>(resolve =>
      server.listen(0, '127.0.0.1', () => resolve()),
    );
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>(resolve => server.close(() => resolve()));
  });

  beforeEach(() => {
    seen = [];
    answers = [];
  });

  function createClient(
    options: {
      portalApp?: { clientId?: string; audience?: string };
      getAccessToken?: (scopes: string[]) => Promise<string>;
    } = {},
  ) {
    const scopesAsked: string[][] = [];
    const getAccessToken = options.getAccessToken ?? (async () => ENTRA_TOKEN);
    const client = new AzureMlClient({
      discoveryApi: UrlPatternDiscovery.compile(`${baseUrl}/api/{{pluginId}}`),
      fetchApi: createFetchApi({
        middleware: FetchMiddlewares.injectIdentityAuth({
          identityApi: mockApis.identity({ token: BACKSTAGE_TOKEN }),
          urlPrefixAllowlist: [baseUrl],
        }),
      }),
      microsoftAuthApi: {
        getAccessToken: async scope => {
          const scopes = Array.isArray(scope) ? scope : [scope ?? ''];
          scopesAsked.push(scopes);
          return getAccessToken(scopes);
        },
      },
      configApi: mockApis.config({
        data: {
          azureMl: {
            portalApp: options.portalApp ?? { clientId: PORTAL_CLIENT_ID },
          },
        },
      }),
    });
    return { client, scopesAsked };
  }

  it('gets the identity context with both credentials and the portal API scope', async () => {
    const identity = {
      tenantId: '11111111-0000-4000-8000-000000000001',
      objectId: '22222222-0000-4000-8000-000000000001',
      identityMode: 'delegated',
      audience: 'https://management.azure.com',
      scopes: ['user_impersonation'],
      expiresAt: '2026-05-01T12:00:00.000Z',
    };
    answers.push({ status: 200, body: identity });
    const { client, scopesAsked } = createClient();

    await expect(client.getIdentityContext()).resolves.toEqual(identity);

    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe('GET');
    expect(seen[0].url).toBe('/api/azure-ml/identity');
    expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
    expect(seen[0].headers['x-azure-ml-authorization']).toBe(
      `Bearer ${ENTRA_TOKEN}`,
    );
    expect(seen[0].headers['content-type']).toBeUndefined();
    expect(scopesAsked).toEqual([[`api://${PORTAL_CLIENT_ID}/access_as_user`]]);
  });

  it('asks for the scope of the configured audience, without a doubled slash', async () => {
    answers.push({ status: 200, body: { items: [], unavailable: [] } });
    const { client, scopesAsked } = createClient({
      portalApp: {
        clientId: PORTAL_CLIENT_ID,
        audience: 'https://portal.contoso.com/api/',
      },
    });

    await client.listWorkspaces();

    expect(scopesAsked).toEqual([
      ['https://portal.contoso.com/api/access_as_user'],
    ]);
    expect(seen.map(r => r.url)).toEqual(['/api/azure-ml/workspaces']);
  });

  it('asks for the token on every call instead of keeping it', async () => {
    let issued = 0;
    const { client } = createClient({
      getAccessToken: async () => `token-${++issued}`,
    });

    await client.getIdentityContext();
    await client.getIdentityContext();

    expect(seen.map(r => r.headers['x-azure-ml-authorization'])).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('never logs the token, on success or failure', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(
      method => jest.spyOn(console, method).mockImplementation(() => {}),
    );
    try {
      answers.push(
        { status: 200, body: {} },
        {
          status: 401,
          body: {
            error: { name: 'AuthenticationError', message: 'Token expired' },
            response: { statusCode: 401 },
          },
        },
      );
      const { client } = createClient();
      await client.getIdentityContext();
      await expect(client.getIdentityContext()).rejects.toThrow(
        'Request failed with 401 Unauthorized',
      );
      for (const spy of spies) {
        expect(spy).not.toHaveBeenCalled();
      }
    } finally {
      spies.forEach(spy => spy.mockRestore());
    }
  });

  it('fails with a message naming the config keys when the portal app is not configured, sending nothing', async () => {
    const { client, scopesAsked } = createClient({ portalApp: {} });

    await expect(client.getIdentityContext()).rejects.toThrow(
      'The Azure ML plugin is not configured: set azureMl.portalApp.clientId ' +
        "(the portal app registration's application id) or " +
        'azureMl.portalApp.audience in app-config.yaml.',
    );
    expect(scopesAsked).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('sends nothing when the Microsoft sign-in fails', async () => {
    const { client } = createClient({
      getAccessToken: async () => {
        throw new Error('The user rejected the sign-in');
      },
    });

    await expect(client.listWorkspaces()).rejects.toThrow(
      'The user rejected the sign-in',
    );
    expect(seen).toEqual([]);
  });

  it('encodes every path segment and query value of the job list and comma-joins statuses', async () => {
    answers.push({ status: 200, body: { items: [], nextPageToken: 'next' } });
    const { client } = createClient();

    await expect(
      client.listJobs(workspace, {
        status: ['Running', 'Queued'],
        experimentName: 'churn baseline&x=1',
        jobType: 'Sweep',
        submittedBy: 'ada@contoso.com',
        pageToken: 'abc+/=',
      }),
    ).resolves.toEqual({ items: [], nextPageToken: 'next' });

    expect(seen[0].method).toBe('GET');
    expect(seen[0].url).toBe(
      `${W}/jobs?status=Running,Queued&experimentName=churn%20baseline%26x%3D1` +
        '&jobType=Sweep&submittedBy=ada%40contoso.com&pageToken=abc%2B%2F%3D',
    );
    const query = new URL(seen[0].url, baseUrl).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      status: 'Running,Queued',
      experimentName: 'churn baseline&x=1',
      jobType: 'Sweep',
      submittedBy: 'ada@contoso.com',
      pageToken: 'abc+/=',
    });
  });

  it('leaves out unset filters and empty lists', async () => {
    answers.push(
      { status: 200, body: { items: [] } },
      { status: 200, body: { items: [] } },
    );
    const { client } = createClient();

    await client.listJobs(workspace);
    await client.listJobs(workspace, { status: [], experimentName: 'exp' });

    expect(seen.map(r => r.url)).toEqual([
      `${W}/jobs`,
      `${W}/jobs?experimentName=exp`,
    ]);
  });

  it('asks for metrics with maxPoints and comma-joined keys', async () => {
    const metrics = { jobName: 'job 1', maxPoints: 50, series: [] };
    answers.push(
      { status: 200, body: metrics },
      { status: 200, body: metrics },
    );
    const { client } = createClient();

    await expect(
      client.getJobMetrics(workspace, 'job 1', {
        maxPoints: 50,
        keys: ['loss', 'val acc'],
      }),
    ).resolves.toEqual(metrics);
    await client.getJobMetrics(workspace, 'job 1');

    expect(seen.map(r => r.url)).toEqual([
      `${W}/jobs/job%201/metrics?maxPoints=50&keys=loss,val%20acc`,
      `${W}/jobs/job%201/metrics`,
    ]);
  });

  it('cancels a job with a POST without a body and returns the accepted job', async () => {
    const job = { name: 'job-1', status: 'CancelRequested' };
    answers.push({ status: 202, body: job });
    const { client } = createClient();

    await expect(client.cancelJob(workspace, 'job-1')).resolves.toEqual(job);

    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe(`${W}/jobs/job-1/cancel`);
    expect(seen[0].body).toBe('');
    expect(seen[0].headers['content-type']).toBeUndefined();
    expect(seen[0].headers['x-azure-ml-authorization']).toBe(
      `Bearer ${ENTRA_TOKEN}`,
    );
  });

  it('puts the traffic split as JSON', async () => {
    const endpoint = { name: 'churn-ep', traffic: { blue: 90, green: 10 } };
    answers.push({ status: 202, body: endpoint });
    const { client } = createClient();

    await expect(
      client.updateEndpointTraffic(workspace, 'churn ep', {
        traffic: { blue: 90, green: 10 },
      }),
    ).resolves.toEqual(endpoint);

    expect(seen[0].method).toBe('PUT');
    expect(seen[0].url).toBe(`${W}/endpoints/churn%20ep/traffic`);
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
    expect(JSON.parse(seen[0].body)).toEqual({
      traffic: { blue: 90, green: 10 },
    });
  });

  it.each([
    ['getWorkspace', (c: AzureMlClient) => c.getWorkspace(workspace), W],
    [
      'getJob',
      (c: AzureMlClient) => c.getJob(workspace, 'a/b'),
      `${W}/jobs/a%2Fb`,
    ],
    [
      'listModels',
      (c: AzureMlClient) => c.listModels(workspace, { pageToken: 'p 2' }),
      `${W}/models?pageToken=p%202`,
    ],
    [
      'listModelVersions',
      (c: AzureMlClient) => c.listModelVersions(workspace, 'churn model'),
      `${W}/models/churn%20model/versions`,
    ],
    [
      'getModelVersion',
      (c: AzureMlClient) => c.getModelVersion(workspace, 'churn', '1.0/x'),
      `${W}/models/churn/versions/1.0%2Fx`,
    ],
    [
      'listEndpoints',
      (c: AzureMlClient) => c.listEndpoints(workspace),
      `${W}/endpoints`,
    ],
    [
      'getEndpoint',
      (c: AzureMlClient) => c.getEndpoint(workspace, 'churn-ep'),
      `${W}/endpoints/churn-ep`,
    ],
    [
      'listDataAssets',
      (c: AzureMlClient) => c.listDataAssets(workspace, { pageToken: 't' }),
      `${W}/data?pageToken=t`,
    ],
    [
      'listComputes',
      (c: AzureMlClient) => c.listComputes(workspace),
      `${W}/computes`,
    ],
    [
      'listEnvironments',
      (c: AzureMlClient) => c.listEnvironments(workspace, { pageToken: 'e 2' }),
      `${W}/environments?pageToken=e%202`,
    ],
    [
      'getAccessMap',
      (c: AzureMlClient) => c.getAccessMap(workspace),
      `${W}/access-map`,
    ],
  ])('%s sends one GET to its URL', async (_name, call, url) => {
    answers.push({ status: 200, body: { answered: true } });
    const { client } = createClient();

    await expect(call(client)).resolves.toEqual({ answered: true });

    expect(seen.map(r => [r.method, r.url])).toEqual([['GET', url]]);
    expect(seen[0].headers['x-azure-ml-authorization']).toBe(
      `Bearer ${ENTRA_TOKEN}`,
    );
  });

  it("turns a 403 into a ResponseError with the server's message and status", async () => {
    const message =
      "The client 'ada@contoso.com' does not have authorization to perform action " +
      "'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action' over scope " +
      "'/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/ml rg(1)'.";
    answers.push({
      status: 403,
      body: {
        error: { name: 'NotAllowedError', message },
        request: { method: 'POST', url: `${W}/jobs/job-1/cancel` },
        response: { statusCode: 403 },
      },
    });
    const { client } = createClient();

    const error = await client.cancelJob(workspace, 'job-1').then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(ResponseError);
    const responseError = error as ResponseError;
    expect(responseError.message).toBe('Request failed with 403 Forbidden');
    expect(responseError.statusCode).toBe(403);
    expect(responseError.cause.name).toBe('NotAllowedError');
    expect(responseError.cause.message).toBe(message);
    expect(responseError.body.error.message).toBe(message);
  });

  it('keeps the Retry-After of a 503 on the ResponseError', async () => {
    answers.push({
      status: 503,
      headers: { 'retry-after': '30' },
      body: {
        error: {
          name: 'ServiceUnavailableError',
          message: 'Azure is throttling reads; retry in 30 seconds.',
        },
        response: { statusCode: 503 },
      },
    });
    const { client } = createClient();

    const error = (await client
      .listWorkspaces()
      .catch(e => e)) as ResponseError;

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(503);
    expect(error.cause.name).toBe('ServiceUnavailableError');
    expect(error.cause.message).toBe(
      'Azure is throttling reads; retry in 30 seconds.',
    );
    expect(error.response.headers.get('retry-after')).toBe('30');
  });

  describe('the access doctor', () => {
    const WS_ID =
      '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-nlp/providers/Microsoft.MachineLearningServices/workspaces/mlw-nlp';
    const DOCTOR =
      '/api/azure-ml/workspaces/00000000-1111-2222-3333-444444444444/rg-nlp/mlw-nlp/access-doctor';
    const report = { workspaceId: WS_ID, checks: [] };

    it("gets the report for the signed-in user with the user's Entra token", async () => {
      answers.push({ status: 200, body: report });
      const { client } = createClient();

      await expect(
        client.getAccessDoctorReport({ workspaceId: WS_ID }),
      ).resolves.toEqual(report);

      expect(seen.map(r => [r.method, r.url])).toEqual([['GET', DOCTOR]]);
      expect(seen[0].headers['x-azure-ml-authorization']).toBe(
        `Bearer ${ENTRA_TOKEN}`,
      );
      expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
    });

    it('names another subject and the refused action in the query, encoded, and reads ARM ids in any case', async () => {
      answers.push({ status: 200, body: report });
      const { client } = createClient();

      await client.getAccessDoctorReport({
        workspaceId: WS_ID.replace('/resourceGroups/', '/resourcegroups/'),
        subject: 'user:22222222-0000-4000-8000-000000000003',
        action:
          'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      });

      expect(seen[0].url).toBe(
        `${DOCTOR}?subject=user%3A22222222-0000-4000-8000-000000000003&action=Microsoft.MachineLearningServices%2Fworkspaces%2Fjobs%2Fcancel%2Faction`,
      );
    });

    it('refuses an id that is not a workspace, sending nothing', async () => {
      const { client } = createClient();

      await expect(
        client.getAccessDoctorReport({
          workspaceId: `${WS_ID}/jobs/job-1`,
        }),
      ).rejects.toBeInstanceOf(InvalidResourceIdError);
      expect(seen).toEqual([]);
    });

    it("throws the backend's 403 for another subject as a ResponseError", async () => {
      const message =
        "Backstage permission policy denied 'azureMl.access.diagnose.others' (read); ask a Backstage administrator for access";
      answers.push({
        status: 403,
        body: {
          error: { name: 'NotAllowedError', message },
          response: { statusCode: 403 },
        },
      });
      const { client } = createClient();

      const error = (await client
        .getAccessDoctorReport({ workspaceId: WS_ID, subject: 'service' })
        .catch(e => e)) as ResponseError;

      expect(seen[0].url).toBe(`${DOCTOR}?subject=service`);
      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(403);
      expect(error.body.error.message).toBe(message);
    });
  });

  describe('the least-privilege advisor', () => {
    const WS_ID =
      '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-nlp/providers/Microsoft.MachineLearningServices/workspaces/mlw-nlp';
    const ADVISOR =
      '/api/azure-ml/workspaces/00000000-1111-2222-3333-444444444444/rg-nlp/mlw-nlp/least-privilege';
    const report = {
      workspaceId: WS_ID,
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      note: 'Reads are not recorded.',
      eventCount: 0,
      unattributedEvents: 0,
      roles: [],
      assignments: [],
    };

    it("gets the advice for the backend's default window with the user's Entra token", async () => {
      answers.push({ status: 200, body: report });
      const { client } = createClient();

      await expect(
        client.getLeastPrivilege({ workspaceId: WS_ID }),
      ).resolves.toEqual(report);

      expect(seen.map(r => [r.method, r.url])).toEqual([['GET', ADVISOR]]);
      expect(seen[0].headers['x-azure-ml-authorization']).toBe(
        `Bearer ${ENTRA_TOKEN}`,
      );
      expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
    });

    it('sends the window in the query, encoded', async () => {
      answers.push({ status: 200, body: report });
      const { client } = createClient();

      await client.getLeastPrivilege({
        workspaceId: WS_ID,
        from: '2026-03-25T00:00:00.000Z',
        to: '2026-04-01T00:00:00.000Z',
      });

      expect(seen[0].url).toBe(
        `${ADVISOR}?from=2026-03-25T00%3A00%3A00.000Z&to=2026-04-01T00%3A00%3A00.000Z`,
      );
    });

    it('refuses an id that is not a workspace, sending nothing', async () => {
      const { client } = createClient();

      await expect(
        client.getLeastPrivilege({ workspaceId: `${WS_ID}/jobs/job-1` }),
      ).rejects.toBeInstanceOf(InvalidResourceIdError);
      expect(seen).toEqual([]);
    });

    it("throws the backend's 403 without audit.read as a ResponseError", async () => {
      const message =
        "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
      answers.push({
        status: 403,
        body: {
          error: { name: 'NotAllowedError', message },
          response: { statusCode: 403 },
        },
      });
      const { client } = createClient();

      const error = (await client
        .getLeastPrivilege({ workspaceId: WS_ID })
        .catch(e => e)) as ResponseError;

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(403);
      expect(error.body.error.message).toBe(message);
    });
  });

  describe('the audit log', () => {
    const event = {
      sequence: 7,
      id: 'e7',
      time: '2026-04-01T10:00:00.000Z',
      actor: { userEntityRef: 'user:default/ada' },
      action: 'job.cancel',
      parameters: {},
      outcome: 'succeeded',
      source: 'portal',
      previousHash: 'a',
      hash: 'b',
    };

    it('lists events with every filter, comma-joined lists, paging and limit, without asking for the Azure token', async () => {
      answers.push({
        status: 200,
        body: { items: [event], nextPageToken: 'n2' },
      });
      const { client, scopesAsked } = createClient();

      await expect(
        client.listAuditEvents({
          actor: 'user:default/ada',
          action: ['job.cancel', 'endpoint.traffic.update'],
          workspaceId: '/subscriptions/s/resourceGroups/rg/x',
          targetResourceId: '/subscriptions/s/jobs/a b',
          outcome: ['failed', 'denied'],
          source: ['portal'],
          correlationId: 'c-1',
          from: '2026-04-01T00:00:00.000Z',
          to: '2026-04-02T00:00:00.000Z',
          pageToken: 'p+1',
          limit: 50,
        }),
      ).resolves.toEqual({ items: [event], nextPageToken: 'n2' });

      expect(seen).toHaveLength(1);
      expect(seen[0].method).toBe('GET');
      const url = new URL(seen[0].url, baseUrl);
      expect(url.pathname).toBe('/api/azure-ml/audit/events');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        actor: 'user:default/ada',
        action: 'job.cancel,endpoint.traffic.update',
        workspaceId: '/subscriptions/s/resourceGroups/rg/x',
        targetResourceId: '/subscriptions/s/jobs/a b',
        outcome: 'failed,denied',
        source: 'portal',
        correlationId: 'c-1',
        from: '2026-04-01T00:00:00.000Z',
        to: '2026-04-02T00:00:00.000Z',
        pageToken: 'p+1',
        limit: '50',
      });
      expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
      expect(seen[0].headers['x-azure-ml-authorization']).toBeUndefined();
      expect(scopesAsked).toEqual([]);
    });

    it('lists the first page without a query when nothing is filtered', async () => {
      answers.push({ status: 200, body: { items: [] } });
      const { client } = createClient();

      await client.listAuditEvents({ action: [], outcome: [] });

      expect(seen.map(r => r.url)).toEqual(['/api/azure-ml/audit/events']);
    });

    it('works without a Microsoft sign-in or portal app config', async () => {
      answers.push(
        { status: 200, body: { items: [] } },
        { status: 200, body: { valid: true } },
      );
      const { client } = createClient({
        portalApp: {},
        getAccessToken: async () => {
          throw new Error('not signed in to Microsoft');
        },
      });

      await expect(client.listAuditEvents()).resolves.toEqual({ items: [] });
      await expect(client.verifyAuditLog()).resolves.toEqual({ valid: true });
      expect(seen.map(r => r.url)).toEqual([
        '/api/azure-ml/audit/events',
        '/api/azure-ml/audit/verify',
      ]);
    });

    it('verifies the chain', async () => {
      const verification = {
        valid: false,
        checkedEvents: 12,
        fromSequence: 1,
        toSequence: 12,
        firstBroken: {
          sequence: 5,
          reason: 'hash-mismatch',
          message: 'Event 5 was changed',
        },
        verifiedAt: '2026-04-01T10:00:00.000Z',
      };
      answers.push({ status: 200, body: verification });
      const { client } = createClient();

      await expect(client.verifyAuditLog()).resolves.toEqual(verification);
      expect(seen.map(r => [r.method, r.url])).toEqual([
        ['GET', '/api/azure-ml/audit/verify'],
      ]);
      expect(seen[0].headers['x-azure-ml-authorization']).toBeUndefined();
    });

    it("downloads an export with Backstage's credentials, as a Blob named as the backend says", async () => {
      const csv = 'sequence,id\r\n7,e7\r\n';
      answers.push({
        status: 200,
        raw: csv,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition':
            'attachment; filename="azure-ml-audit-2026-04-01.csv"',
        },
      });
      const { client, scopesAsked } = createClient();

      const file = await client.exportAuditEvents(
        { outcome: ['failed'], workspaceId: '/subscriptions/s' },
        'csv',
      );

      expect(file.fileName).toBe('azure-ml-audit-2026-04-01.csv');
      expect(await file.blob.text()).toBe(csv);
      expect(file.blob.type).toMatch(/^text\/csv/);
      const url = new URL(seen[0].url, baseUrl);
      expect(url.pathname).toBe('/api/azure-ml/audit/events/export');
      expect(Object.fromEntries(url.searchParams)).toEqual({
        format: 'csv',
        outcome: 'failed',
        workspaceId: '/subscriptions/s',
      });
      expect(seen[0].headers.authorization).toBe(`Bearer ${BACKSTAGE_TOKEN}`);
      expect(seen[0].headers['x-azure-ml-authorization']).toBeUndefined();
      expect(scopesAsked).toEqual([]);
    });

    it('names an export itself when the backend gives no usable file name', async () => {
      answers.push(
        { status: 200, raw: '{"sequence":1}\n' },
        {
          status: 200,
          raw: '',
          headers: {
            'content-disposition': 'attachment; filename="../../evil.sh"',
          },
        },
      );
      const { client } = createClient();

      const first = await client.exportAuditEvents({}, 'ndjson');
      const second = await client.exportAuditEvents({}, 'csv');

      expect([first.fileName, second.fileName]).toEqual([
        'azure-ml-audit.ndjson',
        'azure-ml-audit.csv',
      ]);
      expect(seen.map(r => r.url)).toEqual([
        '/api/azure-ml/audit/events/export?format=ndjson',
        '/api/azure-ml/audit/events/export?format=csv',
      ]);
    });

    it('throws the 403 of a missing azureMl.audit.read as a ResponseError', async () => {
      const message =
        "Backstage permission policy denied 'azureMl.audit.read' (read); ask a Backstage administrator for access";
      answers.push({
        status: 403,
        body: {
          error: { name: 'NotAllowedError', message },
          request: { method: 'GET', url: '/audit/events/export?format=csv' },
          response: { statusCode: 403 },
        },
      });
      const { client } = createClient();

      const error = (await client
        .exportAuditEvents({}, 'csv')
        .catch(e => e)) as ResponseError;

      expect(error).toBeInstanceOf(ResponseError);
      expect(error.statusCode).toBe(403);
      expect(error.body.error.message).toBe(message);
    });
  });
});
