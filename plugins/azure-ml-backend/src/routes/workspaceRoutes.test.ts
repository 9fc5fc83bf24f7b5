/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlWorkspace,
  AzureMlWorkspaceList,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { demoIds } from '@internal/azure-emulator/testing';
import request from 'supertest';
import {
  CONTOSO,
  FABRIKAM,
  demoWorkspace,
  errorOf,
  userHeaders as headers,
  usePluginTestHarness,
} from '../__testUtils__/pluginTestHarness';

const PROD = demoIds.subscription('contoso-ml-prod');
const DEV = demoIds.subscription('contoso-ml-dev');
const RESEARCH = demoIds.subscription('fabrikam-research');

describe('workspace routes', () => {
  const harness = usePluginTestHarness();

  async function listAs(user: string): Promise<AzureMlWorkspaceList> {
    const server = await harness.startBackend();
    const res = await request(server)
      .get('/api/azure-ml/workspaces')
      .set(headers(await harness.token(user)));
    expect(res.status).toBe(200);
    return res.body;
  }

  it('lists what alice (Owner in Contoso) sees, and says why Fabrikam is unavailable to her', async () => {
    const list = await listAs('alice');
    expect(list.items.map(w => [w.name, w.tenantId])).toEqual([
      ['mlw-nlp', CONTOSO],
      ['mlw-vision', CONTOSO],
      ['mlw-sandbox', CONTOSO],
    ]);
    expect(list.items[1]).toEqual<AzureMlWorkspace>({
      id: demoWorkspace('vision').id,
      name: 'mlw-vision',
      displayName: 'Computer vision',
      subscriptionId: PROD,
      resourceGroup: 'rg-vision',
      tenantId: CONTOSO,
      location: 'westeurope',
      tags: { owner: 'team-vision', 'cost-center': 'cv-042' },
      mlflowTrackingUri: expect.stringMatching(
        /^azureml:\/\/localhost:\d+\/mlflow\/v1\.0\/subscriptions\//,
      ),
      studioUrl: `https://ml.azure.com/home?wsid=${encodeURIComponent(
        demoWorkspace('vision').id,
      )}&tid=${CONTOSO}`,
    });
    expect(list.unavailable).toEqual([
      {
        subscriptionId: RESEARCH,
        tenantId: FABRIKAM,
        status: 403,
        message: expect.stringMatching(
          /^On-behalf-of exchange for scope https:\/\/management\.azure\.com\/\.default in tenant 11111111-0000-4000-8000-000000000002 failed: AADSTS50020: User account 'alice@contoso\.onmicrosoft\.com'/,
        ),
      },
    ]);
  });

  it('shows erin (no role) nothing, saying why per subscription', async () => {
    const list = await listAs('erin');
    expect(list.items).toEqual([]);
    expect(list.unavailable.map(u => [u.subscriptionId, u.status])).toEqual([
      [PROD, 403],
      [DEV, 403],
      [RESEARCH, 403],
    ]);
    expect(list.unavailable[0].message).toMatch(
      /^Azure RBAC denied action 'Microsoft\.MachineLearningServices\/workspaces\/read' on scope '\/subscriptions\/55555555-0000-4000-8000-000000000001'/,
    );
  });

  it('shows carol (Reader on rg-vision) only mlw-vision: AzureML Data Scientist alone does not grant workspaces/read', async () => {
    const list = await listAs('carol');
    expect(list.items.map(w => w.name)).toEqual(['mlw-vision']);
    expect(list.unavailable.map(u => u.subscriptionId)).toEqual([
      DEV,
      RESEARCH,
    ]);
  });

  it("shows grace, signed in to Fabrikam, Fabrikam's workspace", async () => {
    const server = await harness.startBackend();
    const res = await request(server)
      .get('/api/azure-ml/workspaces')
      .set(headers(await harness.token('grace', FABRIKAM)));
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((w: AzureMlWorkspace) => [w.name, w.tenantId]),
    ).toEqual([['mlw-research', FABRIKAM]]);
  });

  it('reads one workspace, and 404s one that does not exist', async () => {
    const server = await harness.startBackend();
    const token = await harness.token('carol');
    const vision = demoWorkspace('vision');
    const ok = await request(server).get(vision.path).set(headers(token));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      id: vision.id,
      displayName: 'Computer vision',
    });
    const missing = await request(server)
      .get(vision.path.replace('mlw-vision', 'mlw-nothing'))
      .set(headers(token));
    expect(errorOf(missing)).toMatchObject({
      status: 404,
      name: 'NotFoundError',
    });
    expect(missing.body.error.message).toMatch(
      /^Read workspace mlw-nothing failed: Azure answered 404: /,
    );
  });

  it('answers a Backstage denial with 403 naming azureMl.workspace.read, before any Azure call', async () => {
    const server = await harness.startBackend({
      permissions: mockServices.permissions.factory({
        result: AuthorizeResult.DENY,
      }),
    });
    const token = await harness.token('bob');
    const before = harness.emulator.ctx.requestCounts.get('arm') ?? 0;
    const res = await request(server)
      .get('/api/azure-ml/workspaces')
      .set(headers(token));
    expect(errorOf(res)).toEqual({
      status: 403,
      name: 'NotAllowedError',
      message:
        "Backstage permission policy denied 'azureMl.workspace.read' (read); ask a Backstage administrator for access",
    });
    expect(harness.emulator.ctx.requestCounts.get('arm') ?? 0).toBe(before);
  });
});
