/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditAction } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  createAssetVersion,
  planAssetVersion,
  type AssetKind,
  type AssetVersionPlan,
} from '../service/AssetVersions';
import type { AzureMlActionRuntime } from '../service/AzureMlActionRuntime';
import type { UserAzure } from '../service/UserAzureClients';
import { onWorkspaceEntity } from '../service/WorkspaceEntities';

/** The inputs every asset registration takes. */
type AssetInput = {
  workspace: string;
  name: string;
  version?: string;
  description?: string;
  tags?: Record<string, string>;
};

/** An ARM body of a container or version. */
type Body = { properties: Record<string, unknown> };

/**
 * The version an asset action registered (or, in a dry run, would) and the
 * tenant of its workspace.
 *
 * @internal
 */
export type RegisteredAssetVersion = AssetVersionPlan & { tenantId: string };

/**
 * Registers one new version of an asset, as every asset action does it:
 * the user and their token, the workspace, the Backstage permission on its
 * catalog entity, the version (reading Azure only), the action's own checks,
 * then (unless it is a dry run) the audited writes of the container (for a
 * new asset) and the version, removed again if the version fails, and the
 * announcement of the change to the catalog module.
 *
 * @returns The plan (the version's name, version and ARM id) and the tenant.
 * @internal
 */
export async function registerAssetVersion(
  runtime: AzureMlActionRuntime,
  ctx: ActionContext<any, any>,
  options: {
    input: AssetInput;
    kind: AssetKind;
    action: AzureMlAuditAction;
    permission: ResourcePermission;
    /** What the audit log records as asked, besides name and version. */
    parameters: Record<string, unknown>;
    /** The action's own checks, reading Azure only; throw to refuse. */
    check?: (azure: UserAzure, plan: AssetVersionPlan) => Promise<void>;
    /** The properties of the version (and of a new container). */
    properties: (plan: AssetVersionPlan) => {
      container: Record<string, unknown>;
      version: Record<string, unknown>;
    };
  },
): Promise<RegisteredAssetVersion> {
  const { input, kind } = options;
  const caller = await runtime.caller(ctx);
  const workspace = await runtime.workspaces.resolve(input.workspace);
  const attempt = runtime.attempt(ctx, caller, {
    action: options.action,
    resourceId: `${workspace.id}/${kind.segment}/${input.name}${
      input.version ? `/versions/${input.version}` : ''
    }`,
    workspaceId: workspace.id,
    parameters: {
      name: input.name,
      ...(input.version ? { version: input.version } : {}),
      ...options.parameters,
    },
  });
  await attempt.authorize(async () =>
    onWorkspaceEntity(workspace, options.permission),
  );
  const azure = runtime.azureFor(caller, workspace.ref.subscriptionId);
  const plan = await planAssetVersion(azure, {
    kind,
    workspace,
    name: input.name,
    version: input.version,
  });
  await options.check?.(azure, plan);
  attempt.retarget(plan.id);
  const label = `${kind.noun} ${plan.name} version ${plan.version} in workspace ${workspace.ref.workspaceName}`;
  if (ctx.isDryRun) {
    ctx.logger.info(`Dry run: would create ${label}; nothing was written`);
    return { ...plan, tenantId: azure.tenantId };
  }
  ctx.logger.info(
    `Creating ${label} as ${
      caller.user.userPrincipalName ?? caller.user.objectId
    }`,
  );
  const metadata = {
    ...(input.description ? { description: input.description } : {}),
    ...(input.tags ? { tags: input.tags } : {}),
  };
  const properties = options.properties(plan);
  const bodies: { container: Body; version: Body } = {
    container: { properties: { ...metadata, ...properties.container } },
    version: { properties: { ...metadata, ...properties.version } },
  };
  await attempt.run(async undo => {
    const { correlationId } = await createAssetVersion(azure, plan, bodies, {
      undo,
      logger: ctx.logger,
    });
    return { result: undefined, correlationId };
  });
  await runtime.assetChanges.workspaceAssetsChanged(workspace.id, ctx.logger);
  return { ...plan, tenantId: azure.tenantId };
}
