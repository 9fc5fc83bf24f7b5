/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { demoIds, userCredential } from '@internal/azure-emulator/testing';
import type { usePluginTestHarness } from '../../__testUtils__/pluginTestHarness';

type Emulator = ReturnType<typeof usePluginTestHarness>['emulator'];

const ENDPOINTS =
  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints';
const ACTIVE = ['Running', 'Queued', 'Preparing', 'Starting', 'NotStarted'];
const POLL = { updateIntervalInMs: 20 };

type HeadersOf = { headers: { get(name: string): string | undefined } };

/**
 * Writes done straight against the emulator's ARM with the official SDK as
 * a demo user, outside the portal, as with the Azure CLI or portal; each
 * returns the correlation id ARM answered and the resource it changed.
 */
export function azureWritesForTests(emulator: Emulator) {
  const client = (user: string, workspaceKey: string) => {
    const workspace = demoIds.workspace(workspaceKey);
    const ml = new AzureMachineLearningWorkspaces(
      userCredential(emulator, demoIds.user(user)),
      workspace.subscriptionId,
      { endpoint: emulator.urls.https },
    );
    return { ml, workspace };
  };

  /** Runs one write and returns the correlation id of its first answer. */
  async function correlated(
    write: (onResponse: (response: HeadersOf) => void) => Promise<unknown>,
  ): Promise<string> {
    let correlationId: string | undefined;
    await write(response => {
      correlationId ??= response.headers.get('x-ms-correlation-request-id');
    });
    if (!correlationId) throw new Error('ARM answered no correlation id');
    return correlationId;
  }

  /** The jobs of the workspace that can still be cancelled, as `user` lists them. */
  async function activeJobs(
    user: string,
    workspaceKey: string,
  ): Promise<string[]> {
    const { ml, workspace } = client(user, workspaceKey);
    const names: string[] = [];
    for await (const job of ml.jobs.list(
      workspace.resourceGroup,
      workspace.name,
    )) {
      if (ACTIVE.includes(String(job.properties.status))) names.push(job.name!);
    }
    return names;
  }

  /** Moves all traffic of the workspace's blue/green endpoint to one deployment. */
  async function updateTraffic(user: string, workspaceKey: string) {
    const { ml, workspace } = client(user, workspaceKey);
    const endpoint = emulator.ctx.state
      .listChildren(workspace.id, ENDPOINTS)
      .find(e => Object.keys(e.properties.traffic ?? {}).length === 2);
    if (!endpoint) throw new Error(`no blue/green endpoint in ${workspaceKey}`);
    const rg = workspace.resourceGroup;
    const current = await ml.onlineEndpoints.get(
      rg,
      workspace.name,
      endpoint.name,
    );
    const [first, second] = Object.keys(endpoint.properties.traffic).sort();
    const correlationId = await correlated(onResponse =>
      ml.onlineEndpoints.beginCreateOrUpdateAndWait(
        rg,
        workspace.name,
        endpoint.name,
        {
          ...current,
          properties: {
            ...current.properties,
            traffic: { [first]: 0, [second]: 100 },
          },
        },
        { ...POLL, onResponse },
      ),
    );
    return { correlationId, resourceId: endpoint.id };
  }

  /** Cancels an active job of the workspace. */
  async function cancelJob(user: string, workspaceKey: string) {
    const { ml, workspace } = client(user, workspaceKey);
    const [jobName] = await activeJobs(user, workspaceKey);
    if (!jobName) throw new Error(`no active job in ${workspaceKey}`);
    const correlationId = await correlated(onResponse =>
      ml.jobs.beginCancelAndWait(
        workspace.resourceGroup,
        workspace.name,
        jobName,
        {
          ...POLL,
          onResponse,
        },
      ),
    );
    return { correlationId, resourceId: `${workspace.id}/jobs/${jobName}` };
  }

  return { activeJobs, updateTraffic, cancelJob };
}
