/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlAuditAction } from '@azure-ml-backstage/plugin-azure-ml-common';

const WORKSPACES = 'microsoft.machinelearningservices/workspaces';

/** Azure operations (lower case) that are the portal's own actions, done in Azure. */
const ACTIONS: Record<string, AzureMlAuditAction> = {
  [`${WORKSPACES}/jobs/cancel/action`]: 'job.cancel',
  [`${WORKSPACES}/jobs/write`]: 'job.submit',
  [`${WORKSPACES}/onlineendpoints/write`]: 'endpoint.traffic.update',
  [`${WORKSPACES}/models/versions/write`]: 'model.register',
  [`${WORKSPACES}/data/versions/write`]: 'data.register',
  [`${WORKSPACES}/environments/versions/write`]: 'environment.create',
};

/**
 * The audit action of an Activity Log operation, such as `job.cancel` for
 * `Microsoft.MachineLearningServices/workspaces/jobs/cancel/action`, so an
 * action taken in Azure directly files under the same action as the
 * portal's; `azure.activity` for every other operation.
 *
 * @internal
 */
export function activityLogAction(operationName: string): AzureMlAuditAction {
  return ACTIONS[operationName.toLowerCase()] ?? 'azure.activity';
}
