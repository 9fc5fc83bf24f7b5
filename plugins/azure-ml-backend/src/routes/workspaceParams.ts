/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  workspaceChildId,
  workspaceId,
  type WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * The workspace named by the path parameters `subscriptionId`,
 * `resourceGroup` and `workspaceName`, checked against Azure's naming
 * rules; throws `InvalidResourceIdError` (400) naming the wrong segment.
 *
 * @internal
 */
export function readWorkspaceParams(params: Record<string, string>): {
  workspace: WorkspaceRef;
  id: string;
} {
  const workspace = {
    subscriptionId: params.subscriptionId,
    resourceGroup: params.resourceGroup,
    workspaceName: params.workspaceName,
  };
  return { workspace, id: workspaceId(workspace) };
}

/**
 * The workspace and job named by the path parameters, checked like
 * {@link readWorkspaceParams} plus `jobName`.
 *
 * @internal
 */
export function readJobParams(params: Record<string, string>): {
  workspace: WorkspaceRef;
  jobName: string;
  id: string;
} {
  const { workspace } = readWorkspaceParams(params);
  const jobName = params.jobName;
  return {
    workspace,
    jobName,
    id: workspaceChildId(workspace, { kind: 'job', jobName }),
  };
}

const listQuerySchema = z.strictObject({
  pageToken: z.string().min(1).optional(),
});

/**
 * The query of a list route: only `pageToken`.
 *
 * @internal
 */
export function readListQuery(query: unknown): { pageToken?: string } {
  const parsed = listQuerySchema.safeParse(query);
  if (!parsed.success) {
    throw new InputError(
      `Invalid query: ${parsed.error.issues
        .map(i => `${i.path.join('.') || 'query'}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}
