/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The MLflow tracking URI of a workspace, on the emulator's host:
 * `azureml://{host}/mlflow/v1.0{workspaceId}`, as Azure ML hands it out for
 * `{region}.api.azureml.ms`.
 */
export function mlflowTrackingUri(baseUrl: string, workspaceId: string) {
  return `azureml://${new URL(baseUrl).host}/mlflow/v1.0${workspaceId}`;
}

/** The discovery URL Azure ML SDKs read the workspace's service URLs from. */
export function discoveryUrl(baseUrl: string) {
  return `${baseUrl}/discovery`;
}

/** Azure ML studio's page of a job, as job `services.Studio` links it. */
export function studioJobUrl(
  workspaceId: string,
  tenantId: string,
  jobName: string,
) {
  return `https://ml.azure.com/runs/${jobName}?wsid=${workspaceId}&tid=${tenantId}`;
}

/** Where an online endpoint scores: a path on the emulator's host. */
export function scoringUri(
  baseUrl: string,
  workspace: string,
  endpoint: string,
) {
  return `${baseUrl}/inference/${workspace}/${endpoint}/score`;
}

/** The endpoint's OpenAPI document, next to its scoring URI. */
export function swaggerUri(
  baseUrl: string,
  workspace: string,
  endpoint: string,
) {
  return `${baseUrl}/inference/${workspace}/${endpoint}/swagger.json`;
}
