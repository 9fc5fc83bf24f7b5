/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMachineLearningWorkspaces,
  JobBase,
  Workspace,
} from '@azure/arm-machinelearning';
import { isError } from '@backstage/errors';
import { assetReferenceName } from '../mappers/assetReferenceName';
import type { WorkspaceSnapshot } from '../mappers';

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

/**
 * Like `Promise.all`, but waits for every read to end before it throws the
 * first failure, so no request outlives the run.
 */
async function settleAll<T extends readonly unknown[]>(promises: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(promises);
  const failed = results.find(r => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return results.map(
    r => (r as PromiseFulfilledResult<unknown>).value,
  ) as unknown as T;
}

function isNotFound(error: unknown): boolean {
  return (
    isError(error) && (error as { statusCode?: number }).statusCode === 404
  );
}

/** The data asset names a job's inputs reference (`azureml:{data}:{version}`). */
function dataInputsOf(job: JobBase): string[] {
  const inputs =
    (job.properties as { inputs?: Record<string, { uri?: string } | null> })
      .inputs ?? {};
  return Object.values(inputs)
    .map(input => assetReferenceName(input?.uri, 'data'))
    .filter((name): name is string => !!name);
}

/**
 * Reads everything the catalog shows of one workspace, every page; throws if
 * any read fails, so no partial snapshot is ever returned.
 *
 * @internal
 */
export async function readWorkspace(
  client: AzureMachineLearningWorkspaces,
  workspace: Workspace,
  resourceGroup: string,
): Promise<WorkspaceSnapshot> {
  const ws = workspace.name ?? '';
  const rg = resourceGroup;
  const [modelContainers, endpoints, dataContainers, environments, computes] =
    await settleAll([
      all(client.modelContainers.list(rg, ws)),
      all(client.onlineEndpoints.list(rg, ws)),
      all(client.dataContainers.list(rg, ws)),
      all(client.environmentContainers.list(rg, ws)),
      all(client.computeOperations.list(rg, ws)),
    ] as const);
  const models = [];
  for (const container of modelContainers) {
    models.push({
      container,
      versions: await all(
        client.modelVersions.list(rg, ws, container.name ?? ''),
      ),
    });
  }
  const endpointsWithDeployments = [];
  for (const endpoint of endpoints) {
    endpointsWithDeployments.push({
      endpoint,
      deployments: await all(
        client.onlineDeployments.list(rg, ws, endpoint.name ?? ''),
      ),
    });
  }
  const data = [];
  for (const container of dataContainers) {
    const latestVersion = container.properties.latestVersion;
    data.push({
      container,
      latest: latestVersion
        ? await client.dataVersions.get(
            rg,
            ws,
            container.name ?? '',
            latestVersion,
          )
        : undefined,
    });
  }
  const jobNames = new Set(
    models.flatMap(m =>
      m.versions.map(v => v.properties.jobName).filter(Boolean),
    ) as string[],
  );
  const jobDataInputs = new Map<string, string[]>();
  for (const jobName of jobNames) {
    try {
      jobDataInputs.set(
        jobName,
        dataInputsOf(await client.jobs.get(rg, ws, jobName)),
      );
    } catch (error) {
      // A job deleted since it registered the model leaves no lineage.
      if (!isNotFound(error)) throw error;
    }
  }
  return {
    workspace,
    models,
    endpoints: endpointsWithDeployments,
    data,
    environments,
    computes,
    jobDataInputs,
  };
}
