/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlCompute,
  AzureMlDataAsset,
  AzureMlEnvironment,
  Page,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const VISION = demoWorkspace('vision');
const DATA_TYPE = 'Microsoft.MachineLearningServices/workspaces/data';
const COMPUTE_TYPE = 'Microsoft.MachineLearningServices/workspaces/computes';
const ENVIRONMENT_TYPE =
  'Microsoft.MachineLearningServices/workspaces/environments';
const CUDA_IMAGE =
  'mcr.microsoft.com/azureml/openmpi4.1.0-cuda11.8-cudnn8-ubuntu22.04';

describe('data, environment and compute routes', () => {
  const harness = usePluginTestHarness();
  const state = () => harness.emulator.ctx.state;

  /** The stored version of an environment of mlw-vision. */
  const storedEnvironmentVersion = (name: string, version: string) =>
    state()
      .listChildren(
        `${VISION.id}/environments/${name}`,
        `${ENVIRONMENT_TYPE}/versions`,
      )
      .find(v => v.name === version);

  /** Adds copies of an environment, each with one version, so the list has a second page. */
  function addEnvironments(count: number): string[] {
    const [container] = state().listChildren(VISION.id, ENVIRONMENT_TYPE);
    const [version] = state().listChildren(
      container.id,
      `${ENVIRONMENT_TYPE}/versions`,
    );
    return Array.from({ length: count }, (_, i) => {
      const name = `extra-env-${i}`;
      const id = `${VISION.id}/environments/${name}`;
      state().putResource({ ...container, id, name });
      state().putResource({
        ...version,
        id: `${id}/versions/1`,
        name: '1',
        properties: { ...version.properties, image: `${CUDA_IMAGE}:extra${i}` },
      });
      return name;
    });
  }

  /** A permissions service that denies only `name`. */
  const denying = (name: string) =>
    mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result:
            'permission' in r && r.permission.name === name
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })) as any,
    }).factory;

  it('lists each data asset as its latest version', async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/data`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    const items: AzureMlDataAsset[] = res.body.items;
    const containers = state().listChildren(VISION.id, DATA_TYPE);
    const newestVersion = (dataName: string) =>
      state()
        .listChildren(`${VISION.id}/data/${dataName}`, `${DATA_TYPE}/versions`)
        .map(v => Number(v.name))
        .reduce((a, b) => Math.max(a, b))
        .toString();
    expect(items.map(d => [d.name, d.version]).sort()).toEqual(
      containers.map(c => [c.name, newestVersion(c.name)]).sort(),
    );
    expect(items[0]).toMatchObject({
      id: `${VISION.id}/data/${items[0].name}/versions/${items[0].version}`,
      dataType: expect.stringMatching(/^(uri_file|uri_folder|mltable)$/),
      dataUri: expect.any(String),
    });
  });

  it("lists bob's environments of mlw-vision, each at its latest version with its image", async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/environments`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    const page: Page<AzureMlEnvironment> = res.body;
    expect(page.nextPageToken).toBeUndefined();
    expect(page.items.map(e => [e.name, e.version]).sort()).toEqual([
      ['onnx-inference', '1'],
      ['opencv-preprocess', '2'],
      ['pytorch-vision-gpu', '2'],
    ]);
    for (const item of page.items) {
      const stored = storedEnvironmentVersion(item.name, item.version)!;
      expect([item.name, item.image]).toEqual([
        item.name,
        stored.properties.image,
      ]);
    }
    const gpu = page.items.find(e => e.name === 'pytorch-vision-gpu');
    expect(gpu).toEqual({
      id: `${VISION.id}/environments/pytorch-vision-gpu/versions/2`,
      name: 'pytorch-vision-gpu',
      version: '2',
      image: `${CUDA_IMAGE}:20240318.v1`,
      condaFile: expect.stringContaining('torchvision==0.17.0'),
      description: 'PyTorch 2 with torchvision on CUDA 11.8',
      tags: { team: 'vision' },
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      studioUrl: expect.stringContaining(
        `/environments/pytorch-vision-gpu/version/2?wsid=${encodeURIComponent(
          VISION.id,
        )}`,
      ),
    });
    // The first version of an environment has no conda file.
    const onnx = page.items.find(e => e.name === 'onnx-inference');
    expect(onnx).not.toHaveProperty('condaFile');
  });

  it('follows nextPageToken to the next page of environments', async () => {
    const extra = addEnvironments(20);
    const server = await harness.startBackend();
    const token = await harness.token('bob');
    const first = await request(server)
      .get(`${VISION.path}/environments`)
      .set(headers(token));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(20);
    expect(first.body.nextPageToken).toEqual(expect.any(String));

    const second = await request(server)
      .get(`${VISION.path}/environments`)
      .query({ pageToken: first.body.nextPageToken })
      .set(headers(token));
    expect(second.status).toBe(200);
    expect(second.body.nextPageToken).toBeUndefined();
    expect(second.body.items).toHaveLength(3);
    const all: AzureMlEnvironment[] = [
      ...first.body.items,
      ...second.body.items,
    ];
    expect(all.map(e => e.name).sort()).toEqual(
      [
        ...extra,
        'onnx-inference',
        'opencv-preprocess',
        'pytorch-vision-gpu',
      ].sort(),
    );
    expect(all.find(e => e.name === 'extra-env-7')).toMatchObject({
      version: '1',
      image: `${CUDA_IMAGE}:extra7`,
    });

    // The token is a page of the environments, and of nothing else.
    const data = await request(server)
      .get(`${VISION.path}/data`)
      .query({ pageToken: first.body.nextPageToken })
      .set(headers(token));
    expect(errorOf(data)).toEqual({
      status: 400,
      name: 'InputError',
      message: `Invalid pageToken: it is not a page of ${VISION.id}/data; pass the nextPageToken of the previous page unchanged`,
    });
  });

  it('answers a Backstage denial of azureMl.environment.read with 403 naming it, before any Azure call', async () => {
    const server = await harness.startBackend({
      permissions: denying('azureMl.environment.read'),
    });
    const token = await harness.token('bob');
    const before = harness.emulator.ctx.requestCounts.get('arm') ?? 0;
    const res = await request(server)
      .get(`${VISION.path}/environments`)
      .set(headers(token));
    expect(errorOf(res)).toEqual({
      status: 403,
      name: 'NotAllowedError',
      message:
        "Backstage permission policy denied 'azureMl.environment.read' (read); ask a Backstage administrator for access",
    });
    expect(harness.emulator.ctx.requestCounts.get('arm') ?? 0).toBe(before);
    // Data assets are another permission, still allowed.
    const data = await request(server)
      .get(`${VISION.path}/data`)
      .set(headers(token));
    expect(data.status).toBe(200);
  });

  it("answers erin's environment list with Azure's refusal", async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/environments`)
      .set(headers(await harness.token('erin')));
    expect(errorOf(res)).toMatchObject({
      status: 403,
      name: 'NotAllowedError',
    });
    expect(res.body.error.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/environments\/read' on scope '[^']*\/workspaces\/mlw-vision[^']*': List environments of workspace mlw-vision needs a role assignment that grants this action/,
    );
  });

  it('lists computes with their sizes and node counts', async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/computes`)
      .set(headers(await harness.token('bob')));
    expect(res.status).toBe(200);
    const items: AzureMlCompute[] = res.body.items;
    const stored = state().listChildren(VISION.id, COMPUTE_TYPE);
    expect(items.map(c => c.name).sort()).toEqual(
      stored.map(c => c.name).sort(),
    );
    const cluster = items.find(c => c.computeType === 'AmlCompute');
    expect(cluster).toMatchObject({
      vmSize: expect.any(String),
      minNodeCount: expect.any(Number),
      maxNodeCount: expect.any(Number),
      provisioningState: 'Succeeded',
    });
  });

  it("answers erin's data list with Azure's refusal", async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get(`${VISION.path}/data`)
      .set(headers(await harness.token('erin')));
    expect(errorOf(res)).toMatchObject({
      status: 403,
      name: 'NotAllowedError',
    });
    expect(res.body.error.message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/data\/read'/,
    );
  });
});
