/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export const ML_PROVIDER = 'Microsoft.MachineLearningServices';

const WORKSPACES = `${ML_PROVIDER}/workspaces`;

/**
 * ARM types of the Azure ML resources the emulator serves. Each is also the
 * prefix of its RBAC actions (`{type}/read`, `/write`, `/delete`).
 */
export const ML_TYPES = {
  workspace: WORKSPACES,
  job: `${WORKSPACES}/jobs`,
  modelContainer: `${WORKSPACES}/models`,
  modelVersion: `${WORKSPACES}/models/versions`,
  dataContainer: `${WORKSPACES}/data`,
  dataVersion: `${WORKSPACES}/data/versions`,
  environmentContainer: `${WORKSPACES}/environments`,
  environmentVersion: `${WORKSPACES}/environments/versions`,
  codeContainer: `${WORKSPACES}/codes`,
  codeVersion: `${WORKSPACES}/codes/versions`,
  compute: `${WORKSPACES}/computes`,
  onlineEndpoint: `${WORKSPACES}/onlineEndpoints`,
  onlineDeployment: `${WORKSPACES}/onlineEndpoints/deployments`,
} as const;

/** Express path of one workspace below `/subscriptions/:subscriptionId`. */
export const WORKSPACE_ROUTE = `/resourceGroups/:resourceGroupName/providers/${WORKSPACES}/:workspaceName`;

export function resourceGroupId(subscriptionId: string, resourceGroup: string) {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

export function workspaceId(
  subscriptionId: string,
  resourceGroup: string,
  name: string,
): string {
  return `${resourceGroupId(
    subscriptionId,
    resourceGroup,
  )}/providers/${WORKSPACES}/${name}`;
}

/** The workspace id a resource id lies under (its first 8 segments). */
export function workspaceIdOf(resourceId: string): string {
  return resourceId.split('/').slice(0, 9).join('/');
}

/** The last segment of a resource id: the resource's name. */
export function nameOf(resourceId: string): string {
  return resourceId.slice(resourceId.lastIndexOf('/') + 1);
}

/** `azureml:{name}:{version}`, how jobs reference a registered asset. */
export function assetReference(name: string, version: string): string {
  return `azureml:${name}:${version}`;
}

/**
 * Where the artifacts of a job's named output live in the workspace's
 * artifact store; a model registered from the job points at the same place.
 */
export function jobOutputUri(
  workspaceResourceId: string,
  jobName: string,
  output: string,
): string {
  const [, , subscriptionId, , resourceGroup, , , , workspace] =
    workspaceResourceId.split('/');
  return `azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}/datastores/workspaceartifactstore/paths/ExperimentRun/dcid.${jobName}/${output}`;
}
