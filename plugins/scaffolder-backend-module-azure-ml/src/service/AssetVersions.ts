/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { resourceNameRules } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import type { UndoLog } from './UndoLog';
import type { UserAzure } from './UserAzureClients';
import type { ResolvedWorkspace } from './WorkspaceEntities';

/** The one operation option the actions pass: a look at the raw response. */
type OperationOptions = {
  onResponse?: (response: {
    headers: { get(name: string): string | undefined };
  }) => void;
};

/** An ARM envelope of an asset container or version, as far as this file reads it. */
type AssetResource = { id?: string; properties: Record<string, any> };

/** The operations every asset container group of the SDK has. */
type ContainerOperations = {
  get(rg: string, ws: string, name: string): Promise<AssetResource>;
  createOrUpdate(
    rg: string,
    ws: string,
    name: string,
    body: AssetResource,
    options?: OperationOptions,
  ): Promise<AssetResource>;
  delete(rg: string, ws: string, name: string): Promise<void>;
};

/** The operations every asset version group of the SDK has. */
type VersionOperations = {
  get(
    rg: string,
    ws: string,
    name: string,
    version: string,
  ): Promise<AssetResource>;
  createOrUpdate(
    rg: string,
    ws: string,
    name: string,
    version: string,
    body: AssetResource,
    options?: OperationOptions,
  ): Promise<AssetResource>;
  delete(rg: string, ws: string, name: string, version: string): Promise<void>;
};

/**
 * A kind of versioned Azure ML asset: data, models, environments, code.
 *
 * @internal
 */
export type AssetKind = {
  /** How messages name it, e.g. `data asset`. */
  noun: string;
  /** Its collection in the workspace's ARM path, e.g. `data`. */
  segment: string;
  containers(ml: AzureMachineLearningWorkspaces): ContainerOperations;
  versions(ml: AzureMachineLearningWorkspaces): VersionOperations;
};

/**
 * The asset kinds the actions register.
 *
 * @internal
 */
export const assetKinds = {
  data: {
    noun: 'data asset',
    segment: 'data',
    containers: ml => ml.dataContainers,
    versions: ml => ml.dataVersions,
  },
  model: {
    noun: 'model',
    segment: 'models',
    containers: ml => ml.modelContainers,
    versions: ml => ml.modelVersions,
  },
  environment: {
    noun: 'environment',
    segment: 'environments',
    containers: ml => ml.environmentContainers,
    versions: ml => ml.environmentVersions,
  },
  code: {
    noun: 'code asset',
    segment: 'codes',
    containers: ml => ml.codeContainers,
    versions: ml => ml.codeVersions,
  },
} satisfies Record<string, AssetKind>;

/**
 * Where a new asset version goes: its name and version, its ARM id, and the
 * container it joins when that exists already.
 *
 * @internal
 */
export type AssetVersionPlan = {
  kind: AssetKind;
  workspace: ResolvedWorkspace;
  name: string;
  version: string;
  /** The version's ARM id. */
  id: string;
  /** The container, when it exists already. */
  container?: AssetResource;
};

/** A read that answers `undefined` for a 404. */
async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if ((error as Error)?.name === 'NotFoundError') return undefined;
    throw error;
  }
}

/**
 * Plans a new version of an asset, reading only: the container (if it
 * exists), and the version: the one asked for, which must not exist yet
 * (versions are immutable), or the container's next version (`1` for a new
 * asset).
 *
 * @throws ConflictError when the version exists already.
 * @internal
 */
export async function planAssetVersion(
  azure: UserAzure,
  options: {
    kind: AssetKind;
    workspace: ResolvedWorkspace;
    name: string;
    version?: string;
  },
): Promise<AssetVersionPlan> {
  const { kind, workspace, name } = options;
  const { resourceGroup: rg, workspaceName: ws } = workspace.ref;
  const container = await unlessNotFound(
    azure.call(`Read ${kind.noun} ${name} in workspace ${ws}`, ({ ml }) =>
      kind.containers(ml).get(rg, ws, name),
    ),
  );
  let version = options.version;
  if (version !== undefined && container) {
    const existing = await unlessNotFound(
      azure.call(`Read ${kind.noun} ${name} version ${version}`, ({ ml }) =>
        kind.versions(ml).get(rg, ws, name, version!),
      ),
    );
    if (existing) {
      throw new ConflictError(
        `The ${kind.noun} ${name} already has a version ${version} in workspace ${ws}, and versions cannot change; choose another version, or leave it out for the next one (${container.properties.nextVersion})`,
      );
    }
  }
  version ??= String(container?.properties.nextVersion ?? '1');
  if (!resourceNameRules.dataVersion.pattern.test(version)) {
    throw new InputError(
      `Azure proposes version ${JSON.stringify(version)} for the ${
        kind.noun
      } ${name}, which is not a valid version; give one`,
    );
  }
  return {
    kind,
    workspace,
    name,
    version,
    id: `${workspace.id}/${kind.segment}/${name}/versions/${version}`,
    container,
  };
}

/**
 * Creates a planned asset version, as the user: its container first when it
 * does not exist (so the container's description and tags are the action's),
 * then the version. Each is noted in `undo`, so a failure later in the action
 * removes both again.
 *
 * @returns The version Azure stored and the correlation id of its write.
 * @internal
 */
export async function createAssetVersion(
  azure: UserAzure,
  plan: AssetVersionPlan,
  bodies: { container: AssetResource; version: AssetResource },
  context: { undo: UndoLog; logger: LoggerService },
): Promise<{ version: AssetResource; correlationId?: string }> {
  const { kind, name, version } = plan;
  const { resourceGroup: rg, workspaceName: ws } = plan.workspace.ref;
  const { undo, logger } = context;
  if (!plan.container) {
    await azure.call(`Create ${kind.noun} ${name} in workspace ${ws}`, sdk =>
      kind.containers(sdk.ml).createOrUpdate(rg, ws, name, bodies.container),
    );
    undo.created(`${kind.noun} ${name}`, () =>
      azure.call(`Delete ${kind.noun} ${name}`, sdk =>
        kind.containers(sdk.ml).delete(rg, ws, name),
      ),
    );
    logger.info(`Created ${kind.noun} ${name} in workspace ${ws}`);
  }
  let correlationId: string | undefined;
  const created = await azure.call(
    `Create ${kind.noun} ${name} version ${version} in workspace ${ws}`,
    sdk =>
      kind
        .versions(sdk.ml)
        .createOrUpdate(rg, ws, name, version, bodies.version, {
          onResponse: response => {
            correlationId ??= response.headers.get(
              'x-ms-correlation-request-id',
            );
          },
        }),
  );
  undo.created(`${kind.noun} ${name} version ${version}`, () =>
    azure.call(`Delete ${kind.noun} ${name} version ${version}`, sdk =>
      kind.versions(sdk.ml).delete(rg, ws, name, version),
    ),
  );
  logger.info(`Created ${kind.noun} ${name} version ${version}`);
  return { version: created, correlationId };
}

/**
 * Registers code already in storage (`codeUri`) as the planned code asset
 * version, as `createAssetVersion` does any asset.
 *
 * @returns The code version's ARM id, for a job's or deployment's `codeId`.
 * @internal
 */
export async function createCodeVersion(
  azure: UserAzure,
  code: { plan: AssetVersionPlan; codeUri: string },
  context: { undo: UndoLog; logger: LoggerService },
): Promise<string> {
  await createAssetVersion(
    azure,
    code.plan,
    {
      container: { properties: {} },
      version: { properties: { codeUri: code.codeUri } },
    },
    context,
  );
  return code.plan.id;
}
