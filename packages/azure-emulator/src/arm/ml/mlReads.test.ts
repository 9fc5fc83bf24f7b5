/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { RunningEmulator } from '../../index';
import { seedMlAssets } from '../../demo/mlAssets';
import { startTestEmulator } from '../../testing/startTestEmulator';
import { userAccessToken, userCredential } from '../../testing/testTokens';

const USERS = {
  alice: '22222222-0000-4000-8000-000000000001',
  carol: '22222222-0000-4000-8000-000000000003',
  dave: '22222222-0000-4000-8000-000000000004',
  erin: '22222222-0000-4000-8000-000000000005',
};
const PROD = '55555555-0000-4000-8000-000000000001';
const VISION = ['rg-vision', 'mlw-vision'] as const;

async function all<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

async function pages<T>(iterator: {
  byPage(): AsyncIterable<T[]>;
}): Promise<number[]> {
  const sizes: number[] = [];
  for await (const page of iterator.byPage()) sizes.push(page.length);
  return sizes;
}

describe('reading Azure ML resources with @azure/arm-machinelearning', () => {
  let emulator: RunningEmulator;
  const client = (user: keyof typeof USERS, subscriptionId = PROD) =>
    new AzureMachineLearningWorkspaces(
      userCredential(emulator, USERS[user]),
      subscriptionId,
      {
        endpoint: emulator.urls.https,
      },
    );

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());

  describe('workspaces', () => {
    afterAll(() => emulator.reset());

    it('gets a workspace with its MLflow tracking URI on the emulator', async () => {
      const workspace = await client('alice').workspaces.get(...VISION);
      const port = new URL(emulator.urls.https).port;
      expect(workspace.mlFlowTrackingUri).toBe(
        `azureml://localhost:${port}/mlflow/v1.0/subscriptions/${PROD}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`,
      );
      expect(workspace.friendlyName).toBe('Computer vision');
      expect(workspace.tags).toEqual({
        owner: 'team-vision',
        'cost-center': 'cv-042',
      });
      expect(workspace.identity?.type).toBe('SystemAssigned,UserAssigned');
      expect(workspace.discoveryUrl).toBe(`${emulator.urls.https}/discovery`);
      expect(workspace.workspaceId).toMatch(/^[0-9a-f-]{36}$/);
      expect(workspace.systemData?.createdBy).toBe(
        'bob@contoso.onmicrosoft.com',
      );
    });

    it('lists by subscription and by resource group across nextLink pages', async () => {
      const { state, urls } = emulator.ctx;
      for (let i = 0; i < 25; i++) {
        state.resourceGroups.set(
          `/subscriptions/${PROD}/resourcegroups/rg-paging`,
          {
            id: `/subscriptions/${PROD}/resourceGroups/rg-paging`,
            name: 'rg-paging',
            location: 'westeurope',
            subscriptionId: PROD,
          },
        );
        seedMlAssets(
          state,
          {
            subscriptionId: PROD,
            tenantId: '11111111-0000-4000-8000-000000000001',
            resourceGroup: 'rg-paging',
            name: `mlw-page-${i}`,
            location: 'westeurope',
            friendlyName: `Page ${i}`,
            tags: {},
            team: 'sandbox',
            members: [],
          },
          { baseUrl: urls.https, epochMs: state.epochMs },
        );
      }
      const workspaces = client('alice').workspaces;
      expect(await pages(workspaces.listBySubscription())).toEqual([20, 7]);
      expect(await pages(workspaces.listByResourceGroup('rg-paging'))).toEqual([
        20, 5,
      ]);
      const names = (await all(workspaces.listBySubscription())).map(
        w => w.name,
      );
      expect(names.slice(0, 3)).toEqual([
        'mlw-vision',
        'mlw-nlp',
        'mlw-page-0',
      ]);
      expect(new Set(names).size).toBe(27);
    });

    it('lists by subscription only the workspaces of a resource group a caller may read', async () => {
      const names = (
        await all(client('carol').workspaces.listBySubscription())
      ).map(w => w.name);
      expect(names).toEqual(['mlw-vision']);
    });

    it('answers ResourceNotFound and ResourceGroupNotFound like ARM', async () => {
      await expect(
        client('alice').workspaces.get('rg-vision', 'mlw-missing'),
      ).rejects.toMatchObject({
        statusCode: 404,
        code: 'ResourceNotFound',
        message:
          "The Resource 'Microsoft.MachineLearningServices/workspaces/mlw-missing' under resource group 'rg-vision' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
      });
      await expect(
        client('alice').jobs.get('rg-missing', 'mlw-vision', 'x'),
      ).rejects.toMatchObject({
        statusCode: 404,
        code: 'ResourceGroupNotFound',
      });
    });
  });

  describe('jobs', () => {
    it('lists active jobs newest first, by type, by tag and archived ones', async () => {
      const jobs = client('alice').jobs;
      const active = await all(jobs.list(...VISION));
      expect(active).toHaveLength(14);
      const created = active.map(j => j.systemData!.createdAt!.getTime());
      expect(created).toEqual([...created].sort((a, b) => b - a));
      expect(new Set(active.map(j => j.properties.status))).toEqual(
        new Set([
          'Completed',
          'Running',
          'Failed',
          'Canceled',
          'Queued',
          'NotStarted',
          'Preparing',
        ]),
      );
      const sweeps = await all(jobs.list(...VISION, { jobType: 'Sweep' }));
      expect(sweeps.map(j => j.properties.jobType)).toEqual([
        'Sweep',
        'Sweep',
        'Sweep',
      ]);
      const candidates = await all(
        jobs.list(...VISION, { tag: 'model-candidate' }),
      );
      expect(candidates).toHaveLength(6);
      expect(candidates.every(j => j.properties.status === 'Completed')).toBe(
        true,
      );
      const archived = await all(
        jobs.list(...VISION, { listViewType: 'ArchivedOnly' }),
      );
      expect(
        archived.map(j => [j.properties.status, j.properties.isArchived]),
      ).toEqual([['Failed', true]]);
      expect(
        await all(jobs.list(...VISION, { listViewType: 'All' })),
      ).toHaveLength(15);
    });

    it('gets a running job with its inputs naming data assets, submitted by a team member', async () => {
      const jobs = client('alice').jobs;
      const running = (await all(jobs.list(...VISION))).find(
        j =>
          j.properties.status === 'Running' &&
          j.properties.jobType === 'Command',
      )!;
      const job = await jobs.get(...VISION, running.name!);
      const properties = job.properties as any;
      expect(properties.status).toBe('Running');
      expect(properties.properties.StartTimeUtc).toMatch(
        /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
      );
      expect(properties.properties.EndTimeUtc).toBeUndefined();
      expect(properties.inputs.training_data.uri).toBe(
        'azureml:defect-images:3',
      );
      expect(properties.computeId).toBe(
        `/subscriptions/${PROD}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/computes/gpu-cluster`,
      );
      expect(['Bob Builder', 'Frank Ops']).toContain(job.systemData!.createdBy);
      await expect(jobs.get(...VISION, 'no_such_job')).rejects.toMatchObject({
        statusCode: 404,
        code: 'UserError',
        message: "Job 'no_such_job' was not found in workspace 'mlw-vision'.",
      });
    });
  });

  it('reads models whose versions come from completed jobs', async () => {
    const ml = client('alice');
    const containers = await all(ml.modelContainers.list(...VISION));
    expect(
      containers.map(c => [
        c.name,
        c.properties.latestVersion,
        c.properties.nextVersion,
      ]),
    ).toEqual([
      ['defect-classifier', '3', '4'],
      ['parts-detector', '3', '4'],
    ]);
    const versions = await all(
      ml.modelVersions.list(...VISION, 'defect-classifier'),
    );
    expect(versions.map(v => v.name)).toEqual(['3', '2', '1']);
    for (const version of versions) {
      const job = await ml.jobs.get(...VISION, version.properties.jobName!);
      expect(job.properties.status).toBe('Completed');
      expect(version.properties.modelUri).toBe(
        (job.properties as any).outputs.model.uri,
      );
    }
    expect(
      (await ml.modelVersions.get(...VISION, 'defect-classifier', '1'))
        .properties.flavors,
    ).toEqual({
      python_function: {
        data: { loader_module: 'mlflow.pytorch', python_version: '3.10.12' },
      },
      pytorch: { data: { pytorch_version: '2.2.0' } },
    });
    await expect(
      ml.modelVersions.list(...VISION, 'no-model').next(),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'UserError',
    });
  });

  it('reads data assets and environments with their versions', async () => {
    const ml = client('alice');
    const data = await all(ml.dataContainers.list(...VISION));
    expect(data.map(d => [d.name, d.properties.dataType])).toEqual([
      ['defect-images', 'uri_folder'],
      ['defect-labels', 'uri_file'],
      ['parts-catalog', 'mltable'],
      ['holdout-images', 'uri_folder'],
    ]);
    const labels = await ml.dataVersions.get(...VISION, 'defect-labels', '2');
    expect(labels.properties.dataUri).toBe(
      `azureml://subscriptions/${PROD}/resourcegroups/rg-vision/workspaces/mlw-vision/datastores/workspaceblobstore/paths/vision/defect-labels/v2/defect-labels.csv`,
    );
    expect(
      await all(ml.dataVersions.list(...VISION, 'defect-images')),
    ).toHaveLength(3);

    const environments = await all(ml.environmentContainers.list(...VISION));
    expect(environments.map(e => e.name)).toEqual([
      'pytorch-vision-gpu',
      'opencv-preprocess',
      'onnx-inference',
    ]);
    const [v2, v1] = await all(
      ml.environmentVersions.list(...VISION, 'pytorch-vision-gpu'),
    );
    expect([v2.name, v1.name]).toEqual(['2', '1']);
    expect(v1.properties.image).toBe(
      'mcr.microsoft.com/azureml/openmpi4.1.0-cuda11.8-cudnn8-ubuntu22.04:20240115.v1',
    );
    expect(v1.properties.condaFile).toBeUndefined();
    expect(v2.properties.condaFile).toContain('torch==2.2.0');
  });

  it('reads online endpoints with blue/green deployments serving model versions', async () => {
    const ml = client('alice');
    const endpoints = await all(ml.onlineEndpoints.list(...VISION));
    expect(endpoints.map(e => [e.name, e.properties.traffic])).toEqual([
      ['defect-classifier', { blue: 90, green: 10 }],
      ['parts-detector', { main: 100 }],
    ]);
    const endpoint = await ml.onlineEndpoints.get(
      ...VISION,
      'defect-classifier',
    );
    expect(endpoint.properties.scoringUri).toBe(
      `${emulator.urls.https}/inference/mlw-vision/defect-classifier/score`,
    );
    expect(endpoint.properties.authMode).toBe('AMLToken');
    expect(endpoint.properties.provisioningState).toBe('Succeeded');
    const deployments = await all(
      ml.onlineDeployments.list(...VISION, 'defect-classifier'),
    );
    const models = `/subscriptions/${PROD}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/models/defect-classifier/versions`;
    expect(
      deployments.map(d => [
        d.name,
        d.properties.model,
        d.properties.endpointComputeType,
      ]),
    ).toEqual([
      ['blue', `${models}/2`, 'Kubernetes'],
      ['green', `${models}/3`, 'Kubernetes'],
    ]);
    const managed = await client('alice').onlineDeployments.get(
      'rg-nlp',
      'mlw-nlp',
      'sentiment',
      'green',
    );
    expect(managed.properties.endpointComputeType).toBe('Managed');
    expect(managed.sku).toEqual({
      name: 'Default',
      tier: 'Standard',
      size: 'Standard_DS3_v2',
      family: 'standardDSv2Family',
      capacity: 1,
    });
  });

  it('reads clusters sized by the jobs running on them, and compute instances', async () => {
    const computes = await all(
      client('alice').computeOperations.list(...VISION),
    );
    const summary = computes.map(c => {
      const p = c.properties as any;
      return [
        c.name,
        p.computeType,
        p.properties.vmSize ?? null,
        p.properties.currentNodeCount ?? p.properties.state ?? null,
      ];
    });
    expect(summary).toEqual([
      ['cpu-cluster', 'AmlCompute', 'Standard_DS3_v2', 0],
      // The running sweep (2 trials) and command job fill the 2-node GPU cluster.
      ['gpu-cluster', 'AmlCompute', 'Standard_NC6s_v3', 2],
      [
        expect.stringMatching(/^ci-bob-[0-9a-f]{4}$/),
        'ComputeInstance',
        'Standard_DS3_v2',
        'Running',
      ],
      [
        expect.stringMatching(/^ci-frank-[0-9a-f]{4}$/),
        'ComputeInstance',
        'Standard_DS3_v2',
        'Stopped',
      ],
      ['aks-inference', 'Kubernetes', null, null],
    ]);
  });

  it('matches path segments case-insensitively, as ARM does', async () => {
    const { token } = await userAccessToken(emulator, USERS.alice);
    const response = await fetch(
      `${emulator.urls.https}/SUBSCRIPTIONS/${PROD}/resourcegroups/RG-VISION/providers/microsoft.machinelearningservices/WORKSPACES/MLW-VISION/onlineendpoints/defect-classifier?api-version=2024-10-01`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(
      `/subscriptions/${PROD}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/defect-classifier`,
    );
  });

  describe('access', () => {
    it('refuses every call of a user without a role, with AuthorizationFailed', async () => {
      const erin = client('erin');
      for (const call of [
        () => erin.workspaces.get(...VISION),
        () => all(erin.workspaces.listBySubscription()),
        () => all(erin.jobs.list(...VISION)),
        () => erin.computeOperations.get(...VISION, 'cpu-cluster'),
      ]) {
        await expect(call()).rejects.toMatchObject({
          statusCode: 403,
          code: 'AuthorizationFailed',
        });
      }
    });

    it('lets a Reader read everything in the subscription', async () => {
      const dave = client('dave');
      expect(
        (await all(dave.workspaces.listBySubscription())).map(w => w.name),
      ).toEqual(['mlw-vision', 'mlw-nlp']);
      expect(await all(dave.jobs.list('rg-nlp', 'mlw-nlp'))).toHaveLength(14);
    });
  });

  it('is retried by the SDK after a 429 with Retry-After, and counts both requests', async () => {
    const original = emulator.ctx.random;
    let calls = 0;
    // The pipeline draws once per request for throttling (no server errors
    // are set): 0 throttles the first request only.
    emulator.ctx.random = () => (calls++ < 1 ? 0 : 1);
    emulator.ctx.faults.throttleRate = 0.5;
    const before = emulator.ctx.requestCounts.get('arm') ?? 0;
    const started = Date.now();
    try {
      const workspace = await client('alice').workspaces.get(...VISION);
      expect(workspace.name).toBe('mlw-vision');
    } finally {
      emulator.ctx.random = original;
      emulator.ctx.faults.throttleRate = 0;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect((emulator.ctx.requestCounts.get('arm') ?? 0) - before).toBe(2);
  });
});
