/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  AzureMachineLearningWorkspaces,
  type CommandJob,
} from '@azure/arm-machinelearning';
import type { RunningEmulator } from '../../index';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userAccessToken, userCredential } from '../../testing/testTokens';

const USERS = {
  bob: '22222222-0000-4000-8000-000000000002',
  dave: '22222222-0000-4000-8000-000000000004',
  erin: '22222222-0000-4000-8000-000000000005',
};
const PROD = '55555555-0000-4000-8000-000000000001';
const VISION = ['rg-vision', 'mlw-vision'] as const;
const WORKSPACE = `/subscriptions/${PROD}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`;
const POLL = { updateIntervalInMs: 20 };

async function all<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

const commandJob = (displayName: string): { properties: CommandJob } => ({
  properties: {
    jobType: 'Command',
    displayName,
    experimentName: 'emulator-tests',
    command: 'python train.py',
    environmentId: `${WORKSPACE}/environments/pytorch-vision-gpu/versions/2`,
    computeId: 'gpu-cluster',
    tags: { suite: 'writes' },
  },
});

describe('changing Azure ML resources with @azure/arm-machinelearning', () => {
  let emulator: RunningEmulator;
  const client = (user: keyof typeof USERS) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, USERS[user]),
      PROD,
      {
        endpoint: emulator.urls.https,
      },
    );
  /** Runs `work` with the emulator's clock `aheadMs` in the future. */
  async function later<T>(aheadMs: number, work: () => Promise<T>): Promise<T> {
    const realNow = emulator.ctx.now;
    emulator.ctx.now = () => realNow() + aheadMs;
    try {
      return await work();
    } finally {
      emulator.ctx.now = realNow;
    }
  }
  async function raw(
    user: keyof typeof USERS,
    method: string,
    path: string,
    body?: unknown,
  ) {
    const { token } = await userAccessToken(emulator, USERS[user]);
    const response = await fetch(
      `${emulator.urls.https}${path}${
        path.includes('?') ? '' : '?api-version=2024-10-01'
      }`,
      {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
    );
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
  }
  const runningJob = async () =>
    (await all(client('bob').jobs.list(...VISION))).find(
      j =>
        j.properties.status === 'Running' && j.properties.jobType === 'Command',
    )!;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterEach(() => emulator.reset());
  afterAll(() => emulator.stop());

  describe('jobs', () => {
    it('cancels a running job with beginCancelAndWait', async () => {
      const { name } = await runningJob();
      await client('bob').jobs.beginCancelAndWait(...VISION, name!, POLL);
      const job = await client('bob').jobs.get(...VISION, name!);
      expect(job.properties.status).toBe('Canceled');
      expect((job.properties as any).properties.EndTimeUtc).toMatch(/^\d{4}-/);
      expect(job.systemData?.lastModifiedBy).toBe('Bob Builder');
      const timeline = emulator.ctx.state.jobTimelines.get(
        `${WORKSPACE}/jobs/${name}`.toLowerCase(),
      );
      expect(timeline?.canceledAtMs).toBeGreaterThan(
        emulator.ctx.state.epochMs,
      );
      expect(emulator.ctx.state.activityLog.at(-1)?.operationName.value).toBe(
        'Microsoft.MachineLearningServices/workspaces/jobs/cancel/action',
      );
    });

    it('answers a cancel 202 with a Location that answers 202 (job CancelRequested) until the cancel took effect', async () => {
      const { name } = await runningJob();
      const cancel = await raw(
        'bob',
        'POST',
        `${WORKSPACE}/jobs/${name}/cancel`,
      );
      expect(cancel.status).toBe(202);
      const location = cancel.headers.get('location')!;
      expect(location).toMatch(
        new RegExp(
          `^${emulator.urls.https}/subscriptions/${PROD}/providers/Microsoft.MachineLearningServices/locations/westeurope/mfeOperationResults/[0-9a-f-]{36}\\?api-version=2024-10-01$`,
        ),
      );
      const operation = location.slice(emulator.urls.https.length);
      expect((await raw('bob', 'GET', operation)).status).toBe(202);
      expect(
        (await client('bob').jobs.get(...VISION, name!)).properties.status,
      ).toBe('CancelRequested');
      expect(
        (await later(5000, () => raw('bob', 'GET', operation))).status,
      ).toBe(200);
      expect(
        (await later(5000, () => client('bob').jobs.get(...VISION, name!)))
          .properties.status,
      ).toBe('Canceled');
      // Whoever may read the job may follow its operation; others may not.
      expect((await raw('dave', 'GET', operation)).status).toBe(202);
      expect((await raw('erin', 'GET', operation)).body.error.code).toBe(
        'AuthorizationFailed',
      );
      // An unknown operation has no target: it takes read on the operation URL itself.
      const unknown = await raw(
        'dave',
        'GET',
        operation.replace(
          /mfeOperationResults\/[^?]+/,
          'mfeOperationResults/unknown',
        ),
      );
      expect(unknown).toMatchObject({
        status: 404,
        body: { error: { code: 'NotFound' } },
      });
    });

    it('lets a Reader read a job but not cancel it, and leaves the job running', async () => {
      const { name } = await runningJob();
      expect(
        (await client('dave').jobs.get(...VISION, name!)).properties.status,
      ).toBe('Running');
      await expect(
        client('dave').jobs.beginCancelAndWait(...VISION, name!, POLL),
      ).rejects.toMatchObject({
        statusCode: 403,
        code: 'AuthorizationFailed',
      });
      expect(
        (await client('bob').jobs.get(...VISION, name!)).properties.status,
      ).toBe('Running');
      expect(
        emulator.ctx.state.jobTimelines.get(
          `${WORKSPACE}/jobs/${name}`.toLowerCase(),
        )?.canceledAtMs,
      ).toBeUndefined();
    });

    it('submits a job that starts Queued, then runs and completes on its timeline', async () => {
      const created = await client('bob').jobs.createOrUpdate(
        ...VISION,
        'test_job_1',
        commandJob('first'),
      );
      expect(created.properties.status).toBe('Queued');
      expect(created.systemData?.createdBy).toBe('Bob Builder');
      expect((created.properties as any).computeId).toBe(
        `${WORKSPACE}/computes/gpu-cluster`,
      );
      expect(Object.keys(created.properties.services!)).toEqual([
        'Tracking',
        'Studio',
      ]);
      const timeline = emulator.ctx.state.jobTimelines.get(
        `${WORKSPACE}/jobs/test_job_1`.toLowerCase(),
      );
      expect(timeline).toMatchObject({
        finalStatus: 'Completed',
        pendingStatus: 'Queued',
        metrics: ['loss', 'accuracy'],
      });
      const running = await later(10_000, () =>
        client('bob').jobs.get(...VISION, 'test_job_1'),
      );
      expect(running.properties.status).toBe('Running');
      const completed = await later(timeline!.durationMs + 10_000, () =>
        client('bob').jobs.get(...VISION, 'test_job_1'),
      );
      expect(completed.properties.status).toBe('Completed');

      const updated = await client('bob').jobs.createOrUpdate(
        ...VISION,
        'test_job_1',
        {
          properties: { ...commandJob('renamed').properties, isArchived: true },
        },
      );
      expect([
        updated.properties.displayName,
        updated.properties.isArchived,
      ]).toEqual(['renamed', true]);
    });

    it('lists submitted jobs across nextLink pages, keeping the filters', async () => {
      for (let i = 0; i < 21; i++) {
        await client('bob').jobs.createOrUpdate(
          ...VISION,
          `paged_job_${i}`,
          commandJob(`paged ${i}`),
        );
      }
      const pageSizes = async (options?: { tag: string }) => {
        const sizes: number[] = [];
        const jobs = client('bob').jobs.list(...VISION, options);
        for await (const page of jobs.byPage()) sizes.push(page.length);
        return sizes;
      };
      expect(await pageSizes()).toEqual([20, 15]);
      expect(await pageSizes({ tag: 'suite=writes' })).toEqual([20, 1]);
      const newest = await client('bob')
        .jobs.list(...VISION)
        .next();
      expect(newest.value.name).toBe('paged_job_20');
    });

    it('deletes a job as a long-running operation', async () => {
      const { name } = await runningJob();
      await client('bob').jobs.beginDeleteAndWait(...VISION, name!, POLL);
      await expect(
        client('bob').jobs.get(...VISION, name!),
      ).rejects.toMatchObject({ statusCode: 404, code: 'UserError' });
      expect(
        emulator.ctx.state.jobTimelines.has(
          `${WORKSPACE}/jobs/${name}`.toLowerCase(),
        ),
      ).toBe(false);
    });

    it('refuses bad job bodies with 400 and stores nothing', async () => {
      const path = `${WORKSPACE}/jobs/bad_job`;
      expect(
        await raw('bob', 'PUT', path, { jobType: 'Command' }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            code: 'UserError',
            message:
              "The request body must be a JSON object with a 'properties' object.",
          },
        },
      });
      expect(
        await raw('bob', 'PUT', path, {
          properties: { jobType: 'Command', environmentId: 'azureml:env:1' },
        }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            code: 'UserError',
            message: "'properties.command' is required for this job type.",
          },
        },
      });
      expect(
        await raw('bob', 'PUT', path, { properties: { jobType: 'AutoML' } }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            message:
              "'properties.jobType' must be one of Command, Sweep, Pipeline.",
          },
        },
      });
      expect(
        await raw('bob', 'PUT', path, {
          properties: {
            ...commandJob('x').properties,
            computeId: 'no-cluster',
          },
        }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            message:
              "Compute 'no-cluster' was not found in workspace 'mlw-vision'.",
          },
        },
      });
      expect(emulator.ctx.state.getResource(path)).toBeUndefined();
    });

    it('refuses a job from a user without a role and creates nothing', async () => {
      await expect(
        client('erin').jobs.createOrUpdate(
          ...VISION,
          'erins_job',
          commandJob('nope'),
        ),
      ).rejects.toMatchObject({
        statusCode: 403,
        code: 'AuthorizationFailed',
      });
      expect(
        emulator.ctx.state.getResource(`${WORKSPACE}/jobs/erins_job`),
      ).toBeUndefined();
      expect(
        emulator.ctx.state.jobTimelines.has(
          `${WORKSPACE}/jobs/erins_job`.toLowerCase(),
        ),
      ).toBe(false);
    });
  });

  describe('assets', () => {
    it('registers a model version from a job, creating its container as Azure ML does', async () => {
      const ml = client('bob');
      const [job] = await all(
        ml.jobs.list(...VISION, { tag: 'model-candidate' }),
      );
      const modelUri = (job.properties as any).outputs.model.uri;
      const version = await ml.modelVersions.createOrUpdate(
        ...VISION,
        'emulator-model',
        '1',
        {
          properties: {
            modelUri,
            jobName: job.name,
            modelType: 'custom_model',
            description: 'from a test',
          },
        },
      );
      expect([
        version.properties.modelUri,
        version.properties.jobName,
        version.systemData?.createdBy,
      ]).toEqual([modelUri, job.name, 'Bob Builder']);
      const container = await ml.modelContainers.get(
        ...VISION,
        'emulator-model',
      );
      expect([
        container.properties.latestVersion,
        container.properties.nextVersion,
      ]).toEqual(['1', '2']);
      await ml.modelVersions.delete(...VISION, 'emulator-model', '1');
      expect(
        await all(ml.modelVersions.list(...VISION, 'emulator-model')),
      ).toEqual([]);
    });

    it('refuses data and environment versions without what they need', async () => {
      expect(
        await raw('bob', 'PUT', `${WORKSPACE}/data/new-data/versions/1`, {
          properties: { dataType: 'csv', dataUri: 'x' },
        }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            code: 'UserError',
            message:
              "'properties.dataType' must be one of uri_file, uri_folder, mltable.",
          },
        },
      });
      expect(
        await raw(
          'bob',
          'PUT',
          `${WORKSPACE}/environments/new-env/versions/1`,
          { properties: { condaFile: 'deps' } },
        ),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            message:
              "An environment needs 'properties.image' or 'properties.build.contextUri'.",
          },
        },
      });
      expect(
        emulator.ctx.state.getResource(`${WORKSPACE}/data/new-data`),
      ).toBeUndefined();
      expect(
        emulator.ctx.state.getResource(`${WORKSPACE}/environments/new-env`),
      ).toBeUndefined();
      const created = await raw(
        'bob',
        'PUT',
        `${WORKSPACE}/data/new-data/versions/1`,
        {
          properties: {
            dataType: 'uri_file',
            dataUri: 'azureml://datastores/workspaceblobstore/paths/new.csv',
          },
        },
      );
      expect(created.status).toBe(201);
      expect(
        emulator.ctx.state.getResource(`${WORKSPACE}/data/new-data`)?.properties
          .dataType,
      ).toBe('uri_file');
    });
  });

  describe('online endpoints', () => {
    const endpointPath = `${WORKSPACE}/onlineEndpoints/defect-classifier`;

    it('creates a deployment and shifts traffic to it as long-running operations', async () => {
      const ml = client('bob');
      const blue = await ml.onlineDeployments.get(
        ...VISION,
        'defect-classifier',
        'blue',
      );
      const poller = await ml.onlineDeployments.beginCreateOrUpdate(
        ...VISION,
        'defect-classifier',
        'purple',
        {
          ...blue,
          properties: {
            ...blue.properties,
            model: `${WORKSPACE}/models/defect-classifier/versions/3`,
          },
        },
        POLL,
      );
      expect(
        (
          await ml.onlineDeployments.get(
            ...VISION,
            'defect-classifier',
            'purple',
          )
        ).properties.provisioningState,
      ).toBe('Creating');
      const purple = await later(5000, () => poller.pollUntilDone());
      expect(purple.properties.provisioningState).toBe('Succeeded');
      expect(purple.systemData?.createdBy).toBe('Bob Builder');

      const endpoint = await ml.onlineEndpoints.get(
        ...VISION,
        'defect-classifier',
      );
      const shift = await ml.onlineEndpoints.beginCreateOrUpdate(
        ...VISION,
        'defect-classifier',
        {
          ...endpoint,
          properties: {
            ...endpoint.properties,
            traffic: { blue: 80, green: 10, purple: 10 },
          },
        },
        POLL,
      );
      expect(
        (await ml.onlineEndpoints.get(...VISION, 'defect-classifier'))
          .properties.provisioningState,
      ).toBe('Updating');
      const shifted = await later(5000, () => shift.pollUntilDone());
      expect([
        shifted.properties.provisioningState,
        shifted.properties.traffic,
      ]).toEqual(['Succeeded', { blue: 80, green: 10, purple: 10 }]);
    });

    it('refuses traffic that does not add up to 100 or names a missing deployment, and keeps the old traffic', async () => {
      const ml = client('bob');
      const endpoint = await ml.onlineEndpoints.get(
        ...VISION,
        'defect-classifier',
      );
      const withTraffic = (traffic: Record<string, number>) => ({
        ...endpoint,
        properties: { ...endpoint.properties, traffic },
      });
      await expect(
        ml.onlineEndpoints.beginCreateOrUpdateAndWait(
          ...VISION,
          'defect-classifier',
          withTraffic({ blue: 90, green: 20 }),
          POLL,
        ),
      ).rejects.toMatchObject({
        statusCode: 400,
        code: 'UserError',
        message:
          "Traffic of endpoint 'defect-classifier' must add up to 100; it adds up to 110.",
      });
      expect(
        await raw('bob', 'PATCH', endpointPath, {
          properties: { traffic: { blue: 90, ghost: 10 } },
        }),
      ).toMatchObject({
        status: 400,
        body: {
          error: {
            code: 'UserError',
            message:
              "Traffic names deployment 'ghost', which does not exist on endpoint 'defect-classifier'.",
          },
        },
      });
      expect(
        (await ml.onlineEndpoints.get(...VISION, 'defect-classifier'))
          .properties.traffic,
      ).toEqual({ blue: 90, green: 10 });
    });

    it('shifts traffic with PATCH, followed through Azure-AsyncOperation', async () => {
      const patch = await raw('bob', 'PATCH', endpointPath, {
        properties: { traffic: { blue: 0, green: 100 } },
      });
      expect([
        patch.status,
        patch.body.properties.provisioningState,
        patch.body.properties.traffic,
      ]).toEqual([202, 'Updating', { blue: 0, green: 100 }]);
      const status = patch.headers
        .get('azure-asyncoperation')!
        .slice(emulator.urls.https.length);
      expect((await raw('bob', 'GET', status)).body.status).toBe('InProgress');
      expect(
        (await later(5000, () => raw('bob', 'GET', status))).body.status,
      ).toBe('Succeeded');
    });

    it('refuses to delete a deployment that takes traffic, and deletes one that does not', async () => {
      const ml = client('bob');
      await expect(
        ml.onlineDeployments.beginDeleteAndWait(
          ...VISION,
          'defect-classifier',
          'green',
          POLL,
        ),
      ).rejects.toMatchObject({
        statusCode: 400,
        code: 'UserError',
      });
      await raw('bob', 'PATCH', endpointPath, {
        properties: { traffic: { blue: 100, green: 0 } },
      });
      await ml.onlineDeployments.beginDeleteAndWait(
        ...VISION,
        'defect-classifier',
        'green',
        POLL,
      );
      expect(
        (
          await all(ml.onlineDeployments.list(...VISION, 'defect-classifier'))
        ).map(d => d.name),
      ).toEqual(['blue']);
      expect(
        (await ml.onlineEndpoints.get(...VISION, 'defect-classifier'))
          .properties.traffic,
      ).toEqual({ blue: 100 });
    });

    it('refuses a deployment from a Reader and changes nothing', async () => {
      const blue = await client('dave').onlineDeployments.get(
        ...VISION,
        'defect-classifier',
        'blue',
      );
      await expect(
        client('dave').onlineDeployments.beginCreateOrUpdateAndWait(
          ...VISION,
          'defect-classifier',
          'blue',
          {
            ...blue,
            properties: { ...blue.properties, description: 'changed' },
          },
          POLL,
        ),
      ).rejects.toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
      const after = await client('dave').onlineDeployments.get(
        ...VISION,
        'defect-classifier',
        'blue',
      );
      expect(after.properties.description).toBe(blue.properties.description);
      expect(after.systemData).toEqual(blue.systemData);
    });
  });
});
