/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';
import type { UserAzure } from '../../service/UserAzureClients';
import type { ResolvedWorkspace } from '../../service/WorkspaceEntities';
import { isStoragePath } from '../inputFields';
import { ASSET_REFERENCE } from './jobSubmitSchema';

/** `azureml:<name>@latest`: the newest version of an asset. */
const LATEST_REFERENCE = /^azureml:([a-zA-Z0-9][a-zA-Z0-9_.-]{0,254})@latest$/;
/** An environment in an Azure ML registry, which jobs may use as it is. */
const REGISTRY_ENVIRONMENT =
  /^azureml:\/\/registries\/[a-zA-Z0-9][a-zA-Z0-9_-]{0,32}\/environments\/[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}\/(versions\/[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}|labels\/latest)$/;
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/;

/** How a job names one asset version of its workspace: by reference or ARM id. */
type AssetVersionName = { name: string; version: string };

/**
 * The name and version of an asset of the workspace a value names
 * (`azureml:<name>:<version>` or the version's ARM id), or undefined when it
 * is neither.
 *
 * @throws InputError for an ARM id in another workspace.
 * @internal
 */
export function workspaceAssetVersion(
  value: string,
  workspace: ResolvedWorkspace,
  segment: string,
  noun: string,
): AssetVersionName | undefined {
  const reference = ASSET_REFERENCE.exec(value);
  if (reference) return { name: reference[1], version: reference[2] };
  if (!value.startsWith('/subscriptions/')) return undefined;
  const prefix = `${workspace.id}/${segment}/`.toLowerCase();
  const [name, keyword, version, ...rest] = value
    .slice(prefix.length)
    .split('/');
  if (
    !value.toLowerCase().startsWith(prefix) ||
    keyword?.toLowerCase() !== 'versions' ||
    !NAME.test(name) ||
    !NAME.test(version ?? '') ||
    rest.length > 0
  ) {
    throw new InputError(
      `${value} is not the ARM id of a ${noun} version in workspace ${workspace.ref.workspaceName} (${workspace.id}/${segment}/<name>/versions/<version>)`,
    );
  }
  return { name, version };
}

/**
 * Runs a read and turns its 404 into an InputError saying what is missing.
 *
 * @internal
 */
export async function mustExist<T>(
  read: Promise<T>,
  missing: string,
): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if ((error as Error)?.name === 'NotFoundError') {
      throw new InputError(missing);
    }
    throw error;
  }
}

/**
 * The ARM id of the environment a job runs in, checked to exist (reading as
 * the user); registry environments are passed on as they are.
 *
 * @internal
 */
export async function resolveEnvironment(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  value: string,
): Promise<string> {
  if (REGISTRY_ENVIRONMENT.test(value)) return value;
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const latest = LATEST_REFERENCE.exec(value);
  if (latest) {
    const name = latest[1];
    const container = await mustExist(
      azure.call(`Read environment ${name}`, ({ ml }) =>
        ml.environmentContainers.get(rg, ws, name),
      ),
      `There is no environment ${name} in workspace ${ws}`,
    );
    const version = container.properties.latestVersion;
    if (!version) {
      throw new InputError(
        `The environment ${name} in workspace ${ws} has no versions`,
      );
    }
    return `${workspace.id}/environments/${name}/versions/${version}`;
  }
  const asset = workspaceAssetVersion(
    value,
    workspace,
    'environments',
    'environment',
  );
  if (!asset) {
    throw new InputError(
      `environment ${JSON.stringify(
        value,
      )} must be azureml:<name>:<version>, azureml:<name>@latest, an environment version's ARM id or azureml://registries/<registry>/environments/<name>/versions/<version>`,
    );
  }
  await mustExist(
    azure.call(
      `Read environment ${asset.name} version ${asset.version}`,
      ({ ml }) => ml.environmentVersions.get(rg, ws, asset.name, asset.version),
    ),
    `There is no environment ${asset.name} version ${asset.version} in workspace ${ws}`,
  );
  return `${workspace.id}/environments/${asset.name}/versions/${asset.version}`;
}

/**
 * The ARM id of the compute a job runs on, checked to exist.
 *
 * @internal
 */
export async function resolveCompute(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  value: string,
): Promise<string> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  let name = value.replace(/^azureml:/, '');
  if (name.startsWith('/subscriptions/')) {
    const prefix = `${workspace.id}/computes/`;
    if (!name.toLowerCase().startsWith(prefix.toLowerCase())) {
      throw new InputError(
        `${value} is not the ARM id of a compute in workspace ${ws} (${prefix}<name>)`,
      );
    }
    name = name.slice(prefix.length);
  }
  if (!/^[a-zA-Z][a-zA-Z0-9-]{1,23}$/.test(name)) {
    throw new InputError(
      `compute ${JSON.stringify(
        value,
      )} must be a compute name (2-24 letters, digits and "-", starting with a letter), azureml:<name> or its ARM id`,
    );
  }
  const compute = await mustExist(
    azure.call(`Read compute ${name}`, ({ ml }) =>
      ml.computeOperations.get(rg, ws, name),
    ),
    `There is no compute ${name} in workspace ${ws}; use one of its compute clusters, or leave compute out for serverless compute`,
  );
  return compute.id ?? `${workspace.id}/computes/${name}`;
}

/**
 * The code of a job: an existing code asset version (checked to exist), or
 * a path in storage to register as a new code asset.
 *
 * @internal
 */
export type JobCode = { codeId: string } | { codeUri: string };

/**
 * Where the code of a job comes from; see {@link JobCode}.
 *
 * @internal
 */
export async function resolveCode(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  value: string,
): Promise<JobCode> {
  if (isStoragePath(value)) return { codeUri: value };
  const asset = workspaceAssetVersion(value, workspace, 'codes', 'code asset');
  if (!asset) {
    throw new InputError(
      `code ${JSON.stringify(
        value,
      )} must be a code asset (azureml:<name>:<version> or its ARM id), a datastore path (azureml://datastores/<datastore>/paths/<path>) or a storage URL`,
    );
  }
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  await mustExist(
    azure.call(
      `Read code asset ${asset.name} version ${asset.version}`,
      ({ ml }) => ml.codeVersions.get(rg, ws, asset.name, asset.version),
    ),
    `There is no code asset ${asset.name} version ${asset.version} in workspace ${ws}`,
  );
  return {
    codeId: `${workspace.id}/codes/${asset.name}/versions/${asset.version}`,
  };
}

/**
 * Checks that the data assets a job's inputs name exist.
 *
 * @internal
 */
export async function checkDataAssets(
  azure: UserAzure,
  workspace: ResolvedWorkspace,
  paths: string[],
): Promise<void> {
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  for (const path of paths) {
    const reference = ASSET_REFERENCE.exec(path);
    if (!reference) continue;
    const [, name, version] = reference;
    await mustExist(
      azure.call(`Read data asset ${name} version ${version}`, ({ ml }) =>
        ml.dataVersions.get(rg, ws, name, version),
      ),
      `There is no data asset ${name} version ${version} in workspace ${ws}`,
    );
  }
}
