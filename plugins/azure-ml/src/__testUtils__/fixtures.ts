/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlJob,
  AzureMlPortalFeature,
  AzureMlWorkspaceAccess,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/** The subscription of the workspace under test, as the emulator has it. */
export const SUBSCRIPTION_ID = '55555555-0000-4000-8000-000000000001';

/** The workspace the views under test show. */
export const workspace: WorkspaceRef = {
  subscriptionId: SUBSCRIPTION_ID,
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};

/** The workspace's ARM id. */
export const WS_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision`;

/** The path of the "Azure ML" tab the views' links start from. */
export const TAB = '/azure-ml-tab';

/** Waits long enough for the test app to start. */
export const APP_START = { timeout: 10_000 };

/**
 * A job of the workspace, `job-1` unless `overrides` name another: a
 * running command job with no tags, parameters, inputs or outputs.
 */
export function job(overrides: Partial<AzureMlJob> = {}): AzureMlJob {
  const name = overrides.name ?? 'job-1';
  return {
    id: `${WS_ID}/jobs/${name}`,
    name,
    displayName: 'Train defects',
    experimentName: 'defects',
    jobType: 'Command',
    status: 'Running',
    submittedBy: 'ada@contoso.com',
    createdAt: '2026-04-01T09:00:00.000Z',
    startedAt: '2026-04-01T10:00:00.000Z',
    tags: {},
    parameters: {},
    inputs: {},
    outputs: {},
    studioUrl: `https://ml.azure.com/runs/${name}`,
    ...overrides,
  };
}

/**
 * The access answer for one feature on `scope`: allowed, or, given
 * `azureDenial`, refused by Azure RBAC for lack of its action.
 */
export function featureAccess(
  feature: AzureMlPortalFeature,
  scope: string,
  azureDenial?: { action: string; message: string },
): AzureMlWorkspaceAccess {
  return {
    scope,
    features: [
      azureDenial
        ? {
            feature,
            allowed: false,
            denial: { side: 'azure', scope, ...azureDenial },
          }
        : { feature, allowed: true },
    ],
  };
}
