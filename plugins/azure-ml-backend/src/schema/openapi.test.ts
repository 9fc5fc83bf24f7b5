/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceChildRefSchema,
  workspaceRefSchema,
  type AccessDenial,
  type AzureMlAuditAction,
  type AzureMlAuditActor,
  type AzureMlAuditEvent,
  type AzureMlAuditOutcome,
  type AzureMlAuditSource,
  type AzureMlAuditVerification,
  type AzureMlCompute,
  type AzureMlDataAsset,
  type AzureMlDeploymentProvisioningState,
  type AzureMlEndpointProvisioningState,
  type AzureMlEndpointTrafficUpdate,
  type AzureMlEnvironment,
  type AzureMlFeatureAccess,
  type AzureMlIdentityMode,
  type AzureMlJob,
  type AzureMlJobIo,
  type AzureMlJobMetrics,
  type AzureMlJobStatus,
  type AzureMlJobType,
  type AzureMlModelContainer,
  type AzureMlModelVersion,
  type AzureMlModelVersionDetail,
  type AzureMlOnlineDeployment,
  type AzureMlOnlineEndpoint,
  type AzureMlOnlineEndpointSummary,
  type AzureMlPortalFeature,
  type AzureMlWorkspace,
  type AzureMlWorkspaceAccess,
  type AzureMlWorkspaceList,
  type IdentityContext,
  type MetricPoint,
  type MetricSeries,
  type Page,
  type UnavailableSubscription,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type {
  internal,
  PathParameters,
  QueryParameters,
  Request as RequestBodyOf,
} from '@backstage/backend-openapi-utils';
import { mockErrorHandler } from '@backstage/backend-test-utils';
import type { ErrorResponseBody } from '@backstage/errors';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import express from 'express';
import request from 'supertest';
import type { AuditRecord } from '../ledger/AuditLedger';
import { createOpenApiRouter, spec } from './openapi.generated';

const execFileAsync = promisify(execFile);
const packageDir = resolve(__dirname, '../..');
const generator = join(packageDir, 'scripts/generate-openapi.mjs');

type Spec = typeof spec;
type Paths = Spec['paths'];
type SchemaNames = keyof Spec['components']['schemas'];

/** The TypeScript type backend-openapi-utils derives from a component schema. */
type SchemaType<Name extends SchemaNames> = internal.ToTypeSafe<
  internal.SchemaRef<Spec, Spec['components']['schemas'][Name]>
>;

/** The type it derives for the body of one response of one operation. */
type ResponseType<
  Path extends keyof Paths & string,
  Method extends keyof Paths[Path],
  Status extends keyof internal.ResponseSchemas<Spec, Path, Method>,
> = internal.ToTypeSafe<internal.ResponseSchemas<Spec, Path, Method>[Status]>;

type RequiredKeys<T> = {
  [K in keyof T]-?: {} extends Pick<T, K> ? never : K;
}[keyof T];

/**
 * True when A and B accept the same values and have the same property names,
 * the same ones required. Mutual assignability alone would not see an
 * optional property that one side lacks.
 */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A, RequiredKeys<A>] extends [keyof B, RequiredKeys<B>]
      ? [keyof B, RequiredKeys<B>] extends [keyof A, RequiredKeys<A>]
        ? true
        : false
      : false
    : false
  : false;

/** Compiles only when `T` is `true`; checked by `tsc`, not by Jest. */
function assertType<_T extends true>(): void {}

const W = '/workspaces/{subscriptionId}/{resourceGroup}/{workspaceName}';
type WorkspacePath = typeof W;

// Every component mirrors its type in azure-ml-common exactly.
assertType<Same<SchemaType<'AzureMlJobStatus'>, AzureMlJobStatus>>();
assertType<Same<SchemaType<'AzureMlJobType'>, AzureMlJobType>>();
assertType<
  Same<
    SchemaType<'AzureMlEndpointProvisioningState'>,
    AzureMlEndpointProvisioningState
  >
>();
assertType<
  Same<
    SchemaType<'AzureMlDeploymentProvisioningState'>,
    AzureMlDeploymentProvisioningState
  >
>();
assertType<Same<SchemaType<'AzureMlIdentityMode'>, AzureMlIdentityMode>>();
assertType<Same<SchemaType<'IdentityContext'>, IdentityContext>>();
assertType<Same<SchemaType<'AzureMlWorkspace'>, AzureMlWorkspace>>();
assertType<
  Same<SchemaType<'UnavailableSubscription'>, UnavailableSubscription>
>();
assertType<Same<SchemaType<'AzureMlWorkspaceList'>, AzureMlWorkspaceList>>();
assertType<Same<SchemaType<'AzureMlJobIo'>, AzureMlJobIo>>();
assertType<Same<SchemaType<'AzureMlJob'>, AzureMlJob>>();
assertType<Same<SchemaType<'AzureMlJobPage'>, Page<AzureMlJob>>>();
assertType<Same<SchemaType<'MetricPoint'>, MetricPoint>>();
assertType<Same<SchemaType<'MetricSeries'>, MetricSeries>>();
assertType<Same<SchemaType<'AzureMlJobMetrics'>, AzureMlJobMetrics>>();
assertType<Same<SchemaType<'AzureMlModelContainer'>, AzureMlModelContainer>>();
assertType<
  Same<SchemaType<'AzureMlModelContainerPage'>, Page<AzureMlModelContainer>>
>();
assertType<Same<SchemaType<'AzureMlModelVersion'>, AzureMlModelVersion>>();
assertType<
  Same<SchemaType<'AzureMlModelVersionPage'>, Page<AzureMlModelVersion>>
>();
assertType<
  Same<SchemaType<'AzureMlModelVersionDetail'>, AzureMlModelVersionDetail>
>();
assertType<
  Same<SchemaType<'AzureMlOnlineDeployment'>, AzureMlOnlineDeployment>
>();
assertType<Same<SchemaType<'AzureMlOnlineEndpoint'>, AzureMlOnlineEndpoint>>();
assertType<
  Same<SchemaType<'AzureMlOnlineEndpointSummary'>, AzureMlOnlineEndpointSummary>
>();
assertType<
  Same<
    SchemaType<'AzureMlOnlineEndpointSummaryPage'>,
    Page<AzureMlOnlineEndpointSummary>
  >
>();
assertType<
  Same<SchemaType<'AzureMlEndpointTrafficUpdate'>, AzureMlEndpointTrafficUpdate>
>();
assertType<Same<SchemaType<'AzureMlDataAsset'>, AzureMlDataAsset>>();
assertType<Same<SchemaType<'AzureMlDataAssetPage'>, Page<AzureMlDataAsset>>>();
assertType<Same<SchemaType<'AzureMlEnvironment'>, AzureMlEnvironment>>();
assertType<
  Same<SchemaType<'AzureMlEnvironmentPage'>, Page<AzureMlEnvironment>>
>();
assertType<Same<SchemaType<'AzureMlCompute'>, AzureMlCompute>>();
assertType<Same<SchemaType<'AzureMlComputePage'>, Page<AzureMlCompute>>>();
assertType<Same<SchemaType<'AzureMlPortalFeature'>, AzureMlPortalFeature>>();
assertType<Same<SchemaType<'AccessDenial'>, AccessDenial>>();
assertType<Same<SchemaType<'AzureMlFeatureAccess'>, AzureMlFeatureAccess>>();
assertType<
  Same<SchemaType<'AzureMlWorkspaceAccess'>, AzureMlWorkspaceAccess>
>();
assertType<Same<SchemaType<'AzureMlAuditAction'>, AzureMlAuditAction>>();
assertType<Same<SchemaType<'AzureMlAuditOutcome'>, AzureMlAuditOutcome>>();
assertType<Same<SchemaType<'AzureMlAuditSource'>, AzureMlAuditSource>>();
assertType<Same<SchemaType<'AzureMlAuditActor'>, AzureMlAuditActor>>();
assertType<Same<SchemaType<'AzureMlAuditEvent'>, AzureMlAuditEvent>>();
assertType<
  Same<SchemaType<'AzureMlAuditEventPage'>, Page<AzureMlAuditEvent>>
>();
assertType<
  Same<SchemaType<'AzureMlAuditVerification'>, AzureMlAuditVerification>
>();
// What other plugins post is an AuditRecord without what only the ledger
// and the importer set, from the two sources that post.
assertType<
  Same<
    SchemaType<'AzureMlAuditRecord'>,
    Omit<AuditRecord, 'time' | 'externalId' | 'source'> & {
      source: 'scaffolder' | 'catalog';
    }
  >
>();
// Every body Backstage's error middleware sends (it always sets `request`,
// which its type leaves optional) is an Error of the spec.
assertType<
  Required<ErrorResponseBody> extends SchemaType<'Error'> ? true : false
>();

// The checks can fail: a missing optional property or a different required
// set is told apart.
assertType<
  // @ts-expect-error AzureMlModelVersion lacks the optional `job`
  Same<SchemaType<'AzureMlModelVersion'>, AzureMlModelVersionDetail>
>();
assertType<
  // @ts-expect-error the summary lacks the required `deployments`
  Same<SchemaType<'AzureMlOnlineEndpointSummary'>, AzureMlOnlineEndpoint>
>();

// Every operation answers its type on success.
assertType<Same<ResponseType<'/identity', 'get', '200'>, IdentityContext>>();
assertType<
  Same<ResponseType<'/workspaces', 'get', '200'>, AzureMlWorkspaceList>
>();
assertType<Same<ResponseType<WorkspacePath, 'get', '200'>, AzureMlWorkspace>>();
assertType<
  Same<ResponseType<`${WorkspacePath}/jobs`, 'get', '200'>, Page<AzureMlJob>>
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/jobs/{jobName}`, 'get', '200'>,
    AzureMlJob
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/jobs/{jobName}/cancel`, 'post', '202'>,
    AzureMlJob
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/jobs/{jobName}/metrics`, 'get', '200'>,
    AzureMlJobMetrics
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/models`, 'get', '200'>,
    Page<AzureMlModelContainer>
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/models/{modelName}/versions`, 'get', '200'>,
    Page<AzureMlModelVersion>
  >
>();
assertType<
  Same<
    ResponseType<
      `${WorkspacePath}/models/{modelName}/versions/{version}`,
      'get',
      '200'
    >,
    AzureMlModelVersionDetail
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/endpoints`, 'get', '200'>,
    Page<AzureMlOnlineEndpointSummary>
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/endpoints/{endpointName}`, 'get', '200'>,
    AzureMlOnlineEndpoint
  >
>();
assertType<
  Same<
    ResponseType<
      `${WorkspacePath}/endpoints/{endpointName}/traffic`,
      'put',
      '202'
    >,
    AzureMlOnlineEndpoint
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/data`, 'get', '200'>,
    Page<AzureMlDataAsset>
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/environments`, 'get', '200'>,
    Page<AzureMlEnvironment>
  >
>();
assertType<
  Same<
    ResponseType<`${WorkspacePath}/computes`, 'get', '200'>,
    Page<AzureMlCompute>
  >
>();

assertType<
  Same<
    ResponseType<`${WorkspacePath}/access`, 'get', '200'>,
    AzureMlWorkspaceAccess
  >
>();
assertType<
  Same<ResponseType<'/audit/events', 'get', '200'>, Page<AzureMlAuditEvent>>
>();
assertType<
  Same<ResponseType<'/audit/events', 'post', '201'>, AzureMlAuditEvent>
>();
assertType<
  Same<ResponseType<'/audit/verify', 'get', '200'>, AzureMlAuditVerification>
>();

// Inputs, as the typed router hands them to handlers.
const JOBS = '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/jobs';
assertType<
  Same<
    QueryParameters<Spec, typeof JOBS, 'get'>,
    {
      status?: AzureMlJobStatus[];
      experimentName?: string;
      jobType?: AzureMlJobType;
      submittedBy?: string;
      pageToken?: string;
    }
  >
>();
assertType<
  Same<
    PathParameters<Spec, typeof JOBS, 'get'>,
    { subscriptionId: string; resourceGroup: string; workspaceName: string }
  >
>();
assertType<
  Same<
    QueryParameters<
      Spec,
      '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/jobs/:jobName/metrics',
      'get'
    >,
    { maxPoints?: number; keys?: string[] }
  >
>();
assertType<
  Same<
    RequestBodyOf<
      Spec,
      '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/endpoints/:endpointName/traffic',
      'put'
    >,
    AzureMlEndpointTrafficUpdate
  >
>();

assertType<
  Same<
    QueryParameters<
      Spec,
      '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/access',
      'get'
    >,
    { endpointName?: string }
  >
>();

/** The operations of the plugin's REST API, as the route table lists them. */
const operations = [
  ['getIdentityContext', 'get', '/identity'],
  ['listWorkspaces', 'get', '/workspaces'],
  ['getWorkspace', 'get', W],
  ['listJobs', 'get', `${W}/jobs`],
  ['getJob', 'get', `${W}/jobs/{jobName}`],
  ['cancelJob', 'post', `${W}/jobs/{jobName}/cancel`],
  ['getJobMetrics', 'get', `${W}/jobs/{jobName}/metrics`],
  ['listModels', 'get', `${W}/models`],
  ['listModelVersions', 'get', `${W}/models/{modelName}/versions`],
  ['getModelVersion', 'get', `${W}/models/{modelName}/versions/{version}`],
  ['listEndpoints', 'get', `${W}/endpoints`],
  ['getEndpoint', 'get', `${W}/endpoints/{endpointName}`],
  ['updateEndpointTraffic', 'put', `${W}/endpoints/{endpointName}/traffic`],
  ['listDataAssets', 'get', `${W}/data`],
  ['listEnvironments', 'get', `${W}/environments`],
  ['listComputes', 'get', `${W}/computes`],
  ['getAccess', 'get', `${W}/access`],
  ['getAccessDoctorReport', 'get', `${W}/access-doctor`],
  ['getLeastPrivilege', 'get', `${W}/least-privilege`],
  ['getAccessMap', 'get', `${W}/access-map`],
  ['listAuditEvents', 'get', '/audit/events'],
  ['appendAuditEvent', 'post', '/audit/events'],
  ['exportAuditEvents', 'get', '/audit/events/export'],
  ['verifyAuditLog', 'get', '/audit/verify'],
] as const;

type Operation = {
  operationId: string;
  parameters?: ReadonlyArray<{ $ref: string } | { name: string; in: string }>;
  responses: Record<string, unknown>;
};

function operationsOf(doc: typeof spec): Array<[string, string, Operation]> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, op]) =>
        [path, method, op as Operation] as [string, string, Operation],
    ),
  );
}

describe('openapi.generated.ts', () => {
  it('is up to date with openapi.yaml', async () => {
    const { stdout } = await execFileAsync(process.execPath, [
      generator,
      '--check',
    ]);
    expect(stdout).toContain('is up to date');
  });

  it('is reported out of date when openapi.yaml changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'azure-ml-openapi-'));
    try {
      const changed = join(dir, 'openapi.yaml');
      const yaml = await readFile(join(__dirname, 'openapi.yaml'), 'utf8');
      expect(yaml).toContain('operationId: getJob\n');
      await writeFile(
        changed,
        yaml.replace('operationId: getJob\n', 'operationId: readJob\n'),
      );
      await expect(
        execFileAsync(process.execPath, [
          generator,
          '--check',
          '--input',
          changed,
        ]),
      ).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(
          /openapi\.generated\.ts is out of date with .*openapi\.yaml; run `node scripts\/generate-openapi\.mjs` in plugins\/azure-ml-backend and commit the result/,
        ),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes exactly what --check compares against', async () => {
    // Written beside the committed file so the same Prettier config applies.
    const output = join(__dirname, `openapi.check-${process.pid}.ts`);
    try {
      await execFileAsync(process.execPath, [generator, '--output', output]);
      expect(await readFile(output, 'utf8')).toBe(
        await readFile(join(__dirname, 'openapi.generated.ts'), 'utf8'),
      );
    } finally {
      await rm(output, { force: true });
    }
  });
});

describe('spec', () => {
  it('has every operation of the route table, by operationId, method and path, and no other', () => {
    const found = operationsOf(spec).map(([path, method, op]) => [
      op.operationId,
      method,
      path,
    ]);
    expect(found).toEqual(expect.arrayContaining(operations.map(o => [...o])));
    expect(found).toHaveLength(operations.length);
  });

  it('is an OpenAPI 3.0.3 document titled azure-ml, served from /', () => {
    expect(spec.openapi).toBe('3.0.3');
    expect(spec.info.title).toBe('azure-ml');
    expect(spec.servers).toEqual([{ url: '/' }]);
  });

  it('gives every operation tags, a summary, a description and its error responses', () => {
    for (const [path, method, op] of operationsOf(spec)) {
      const o = op as Operation & {
        tags?: string[];
        summary?: string;
        description?: string;
      };
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, o.tags?.length]).toEqual([where, 1]);
      expect([where, typeof o.summary]).toEqual([where, 'string']);
      expect([where, typeof o.description]).toEqual([where, 'string']);
      const errors = Object.keys(o.responses).filter(s => s >= '400');
      let expected = path.startsWith('/workspaces/')
        ? ['400', '401', '403', '404', '500', '503']
        : ['401', '403', '500', '503'];
      if (path.startsWith('/audit/')) {
        // The audit log is in the portal's database: nothing of Azure's to
        // wait for, and nothing to find by name.
        expected =
          o.operationId === 'verifyAuditLog'
            ? ['401', '403', '500']
            : ['400', '401', '403', '500'];
      }
      if (
        o.operationId === 'cancelJob' ||
        o.operationId === 'updateEndpointTraffic'
      ) {
        expected.splice(4, 0, '409');
      }
      expect([where, errors]).toEqual([where, expected]);
    }
  });

  it('requires both Backstage credentials and the user token header on every operation but the audit log', () => {
    expect(spec.security).toEqual([{ JWT: [], AzureMlUserToken: [] }]);
    for (const [path, method, op] of operationsOf(spec)) {
      const { security } = op as Operation & { security?: unknown };
      expect([method, path, security]).toEqual([
        method,
        path,
        path.startsWith('/audit/') ? [{ JWT: [] }] : undefined,
      ]);
    }
  });

  it('marks appending to the audit log as for backend plugins (service credentials) only', () => {
    const marked = operationsOf(spec)
      .filter(([, , op]) => 'x-azure-ml-callers' in op)
      .map(([path, method, op]) => [
        method,
        path,
        (op as { 'x-azure-ml-callers'?: unknown })['x-azure-ml-callers'],
      ]);
    expect(marked).toEqual([['post', '/audit/events', ['service']]]);
    expect(spec.components.securitySchemes.AzureMlUserToken).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-azure-ml-authorization',
    });
  });

  describe('path parameters follow the Azure naming rules of azure-ml-common', () => {
    const params = spec.components.parameters;
    function specAccepts(param: { schema: object }, value: string): boolean {
      const { pattern, minLength, maxLength } = param.schema as {
        pattern: string;
        minLength: number;
        maxLength: number;
      };
      return (
        value.length >= minLength &&
        value.length <= maxLength &&
        new RegExp(pattern, 'u').test(value)
      );
    }
    const workspace = {
      subscriptionId: '00000000-0000-4000-8000-000000000001',
      resourceGroup: 'rg-vision',
      workspaceName: 'mlw-vision',
    };
    const long = (n: number, c = 'a') => c.repeat(n);
    const samples: Array<{
      param: keyof typeof params;
      accepts: (value: string) => boolean;
      values: string[];
    }> = [
      {
        param: 'subscriptionId',
        accepts: v =>
          workspaceRefSchema.safeParse({ ...workspace, subscriptionId: v })
            .success,
        values: [
          workspace.subscriptionId,
          'ABCDEF00-0000-4000-8000-00000000000f',
          '00000000-0000-4000-8000-00000000000',
          '00000000000040008000000000000001',
          '0000000g-0000-4000-8000-000000000001',
        ],
      },
      {
        param: 'resourceGroup',
        accepts: v =>
          workspaceRefSchema.safeParse({ ...workspace, resourceGroup: v })
            .success,
        values: [
          'r',
          'rg.vision(prod)_1-a',
          'rg-ü',
          'rg-日本',
          'rg.',
          'rg a',
          'rg/x',
          'rg%20x',
          long(90),
          long(91),
        ],
      },
      {
        param: 'workspaceName',
        accepts: v =>
          workspaceRefSchema.safeParse({ ...workspace, workspaceName: v })
            .success,
        values: ['a', 'ab', 'abc', '1_w-x', '_ws', 'ws.x', long(33), long(34)],
      },
      {
        param: 'jobName',
        accepts: v =>
          workspaceChildRefSchema.safeParse({ kind: 'job', jobName: v })
            .success,
        values: ['j', 'job_1-a', '-job', 'job.1', long(255), long(256)],
      },
      {
        param: 'modelName',
        accepts: v =>
          workspaceChildRefSchema.safeParse({
            kind: 'modelContainer',
            modelName: v,
          }).success,
        values: ['m', 'model.v1_x-y', '.model', 'a..b', 'a.b.c', long(256)],
      },
      {
        param: 'modelVersion',
        accepts: v =>
          workspaceChildRefSchema.safeParse({
            kind: 'modelVersion',
            modelName: 'm',
            version: v,
          }).success,
        values: [
          '1',
          '1.0.0',
          '5d230430f302e7876f9b64710733f68e',
          '1..0',
          '-1',
        ],
      },
      {
        param: 'endpointName',
        accepts: v =>
          workspaceChildRefSchema.safeParse({
            kind: 'onlineEndpoint',
            endpointName: v,
          }).success,
        values: ['ep', 'ep1', 'ep-1', 'ep-', '1ep', 'e_p', long(32), long(33)],
      },
    ];
    it.each(samples.map(s => [s.param, s] as const))(
      '%s',
      (_name, { param, accepts, values }) => {
        for (const value of values) {
          expect([value, specAccepts(params[param], value)]).toEqual([
            value,
            accepts(value),
          ]);
        }
      },
    );
  });
});

describe('createOpenApiRouter', () => {
  const S = '00000000-0000-4000-8000-000000000001';
  const BASE = `/api/azure-ml/workspaces/${S}/rg-vision/mlw-vision`;
  const handler = jest.fn();

  async function app() {
    const router = await createOpenApiRouter();
    router.get(
      `/workspaces/:subscriptionId/:resourceGroup/:workspaceName/jobs`,
      (req, res) => {
        handler({ params: req.params, query: req.query });
        res.json({ items: [] });
      },
    );
    router.get(
      '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/jobs/:jobName/metrics',
      (req, res) => {
        handler({ params: req.params, query: req.query });
        res.json({ jobName: req.params.jobName, maxPoints: 2, series: [] });
      },
    );
    router.put(
      '/workspaces/:subscriptionId/:resourceGroup/:workspaceName/endpoints/:endpointName/traffic',
      (req, res) => {
        handler({ body: req.body });
        res.status(202).json({} as never);
      },
    );
    router.use(mockErrorHandler());
    return express().use('/api/azure-ml', router);
  }

  beforeEach(() => handler.mockReset());

  it.each([
    [
      'an unknown query key',
      `${BASE}/jobs?state=Running`,
      "Unknown query parameter 'state'",
    ],
    [
      'a status not in the enum',
      `${BASE}/jobs?status=Running,Done`,
      'request/query/status/1 must be equal to one of the allowed values: NotStarted, Starting, Provisioning, Preparing, Queued, Running, Finalizing, CancelRequested, Completed, Failed, Canceled, NotResponding, Paused, Unknown',
    ],
    [
      'a job type not in the enum',
      `${BASE}/jobs?jobType=Spark`,
      'request/query/jobType must be equal to one of the allowed values: Command, Sweep, Pipeline',
    ],
    [
      'an empty page token',
      `${BASE}/jobs?pageToken=`,
      "Empty value found for query parameter 'pageToken'",
    ],
    [
      'maxPoints 1',
      `${BASE}/jobs/job-1/metrics?maxPoints=1`,
      'request/query/maxPoints must be >= 2',
    ],
    [
      'maxPoints 5001',
      `${BASE}/jobs/job-1/metrics?maxPoints=5001`,
      'request/query/maxPoints must be <= 5000',
    ],
    [
      'a maxPoints that is no integer',
      `${BASE}/jobs/job-1/metrics?maxPoints=2.5`,
      'request/query/maxPoints must be integer',
    ],
    [
      'workspaceName "a"',
      `/api/azure-ml/workspaces/${S}/rg-vision/a/jobs`,
      'request/params/workspaceName must NOT have fewer than 3 characters',
    ],
    [
      'a subscription id that is no GUID',
      `/api/azure-ml/workspaces/${S.replace(
        '-0000-4',
        '-000g-4',
      )}/rg-vision/mlw-vision/jobs`,
      'request/params/subscriptionId must match pattern "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"',
    ],
    [
      'a resource group ending with "."',
      `/api/azure-ml/workspaces/${S}/rg-vision./mlw-vision/jobs`,
      'request/params/resourceGroup must match pattern "^[\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nd}_\\-.()]*[\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{Nd}_\\-()]$"',
    ],
    [
      'a job name starting with "-"',
      `${BASE}/jobs/-job/metrics`,
      'request/params/jobName must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$"',
    ],
  ])(
    'refuses %s with 400 before the handler runs',
    async (_case, url, message) => {
      const res = await request(await app()).get(url);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { name: 'InputError', message },
        request: { method: 'GET', url: url.replace('/api/azure-ml', '') },
        response: { statusCode: 400 },
      });
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it.each([
    [
      'a percentage sent as a string',
      { traffic: { blue: '90' } },
      'request/body/traffic/blue must be integer',
    ],
    [
      'a percentage above 100',
      { traffic: { blue: 101 } },
      'request/body/traffic/blue must be <= 100',
    ],
    [
      'a fraction',
      { traffic: { blue: 99.5, green: 0.5 } },
      'request/body/traffic/blue must be integer',
    ],
    [
      'no deployment at all',
      { traffic: {} },
      'request/body/traffic must NOT have fewer than 1 properties',
    ],
    [
      'an unknown key',
      { traffic: { blue: 100 }, dryRun: true },
      'request/body must NOT have additional properties',
    ],
    [
      'a missing traffic map',
      {},
      "request/body must have required property 'traffic'",
    ],
  ])(
    'refuses a traffic update with %s with 400 before the handler runs',
    async (_case, body, message) => {
      const url = `${BASE}/endpoints/ep-vision/traffic`;
      const res = await request(await app())
        .put(url)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({ name: 'InputError', message });
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('hands a valid job list request to the handler, the status list split', async () => {
    const res = await request(await app()).get(
      `${BASE}/jobs?status=Running,Queued&jobType=Sweep&experimentName=exp&submittedBy=ada%40contoso.com&pageToken=t1`,
    );
    expect(res.status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler).toHaveBeenCalledWith({
      params: {
        subscriptionId: S,
        resourceGroup: 'rg-vision',
        workspaceName: 'mlw-vision',
      },
      query: {
        status: ['Running', 'Queued'],
        jobType: 'Sweep',
        experimentName: 'exp',
        submittedBy: 'ada@contoso.com',
        pageToken: 't1',
      },
    });
  });

  it('hands maxPoints to the handler as a number, 500 when absent', async () => {
    const server = await app();
    await request(server)
      .get(`${BASE}/jobs/job-1/metrics?maxPoints=7&keys=loss,acc`)
      .expect(200);
    await request(server).get(`${BASE}/jobs/job-1/metrics`).expect(200);
    expect(handler.mock.calls.map(([call]) => call.query)).toEqual([
      { maxPoints: 7, keys: ['loss', 'acc'] },
      { maxPoints: 500 },
    ]);
  });

  it('decodes a percent-encoded resource group before checking it', async () => {
    await request(await app())
      .get(`/api/azure-ml/workspaces/${S}/rg-%C3%BC(x)/mlw-vision/jobs`)
      .expect(200);
    expect(handler.mock.calls[0][0].params.resourceGroup).toBe('rg-ü(x)');
  });

  it('hands a valid traffic update to the handler', async () => {
    await request(await app())
      .put(`${BASE}/endpoints/ep-vision/traffic`)
      .send({ traffic: { blue: 90, green: 10 } })
      .expect(202);
    expect(handler).toHaveBeenCalledWith({
      body: { traffic: { blue: 90, green: 10 } },
    });
  });

  it('checks response bodies against the spec when validateResponses is on (for tests)', async () => {
    const router = await createOpenApiRouter({
      validatorOptions: { validateResponses: true },
    });
    router.get('/identity', (_req, res) => {
      // A body that lacks most of IdentityContext, as a drifting route would send.
      res.json({ tenantId: 't' } as never);
    });
    router.get('/workspaces', (_req, res) => {
      res.json({ items: [], unavailable: [] });
    });
    router.use(mockErrorHandler());
    const server = express().use(router);
    await request(server).get('/workspaces').expect(200, {
      items: [],
      unavailable: [],
    });
    const res = await request(server).get('/identity');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toBe(
      "/response must have required property 'objectId'",
    );
  });

  it('serves the spec at /openapi.json with the paths under the mount point', async () => {
    const res = await request(await app()).get('/api/azure-ml/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.info.title).toBe('azure-ml');
    expect(Object.keys(res.body.paths)).toEqual(
      Object.keys(spec.paths).map(p => `/api/azure-ml${p}`),
    );
  });
});
