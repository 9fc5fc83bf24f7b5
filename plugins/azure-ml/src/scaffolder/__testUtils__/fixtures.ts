/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlCompute,
  AzureMlDataAsset,
  AzureMlEnvironment,
  AzureMlModelContainer,
  AzureMlModelVersion,
  AzureMlWorkspace,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { SUBSCRIPTION_ID, WS_ID } from '../../__testUtils__';

/** A workspace as the backend lists it; `mlw-vision` unless `overrides` name another. */
export function azureMlWorkspace(
  overrides: Partial<AzureMlWorkspace> = {},
): AzureMlWorkspace {
  const name = overrides.name ?? 'mlw-vision';
  const resourceGroup = overrides.resourceGroup ?? 'rg-vision';
  const subscriptionId = overrides.subscriptionId ?? SUBSCRIPTION_ID;
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${name}`,
    name,
    displayName: 'Vision',
    subscriptionId,
    resourceGroup,
    tenantId: '11111111-0000-4000-8000-000000000001',
    location: 'westeurope',
    tags: {},
    mlflowTrackingUri: `azureml://westeurope.api.azureml.ms/mlflow/v1.0/${name}`,
    studioUrl: `https://ml.azure.com/?wsid=${name}`,
    ...overrides,
  };
}

/** A compute of the workspace `WS_ID`. */
export function compute(
  name: string,
  overrides: Partial<AzureMlCompute> = {},
): AzureMlCompute {
  return {
    id: `${WS_ID}/computes/${name}`,
    name,
    computeType: 'AmlCompute',
    location: 'westeurope',
    provisioningState: 'Succeeded',
    vmSize: 'Standard_NC6s_v3',
    tags: {},
    ...overrides,
  };
}

/** A data asset version of the workspace `WS_ID`. */
export function dataAsset(
  name: string,
  version: string,
  overrides: Partial<AzureMlDataAsset> = {},
): AzureMlDataAsset {
  return {
    id: `${WS_ID}/data/${name}/versions/${version}`,
    name,
    version,
    dataType: 'uri_folder',
    dataUri: `azureml://datastores/workspaceblobstore/paths/${name}/`,
    tags: {},
    createdAt: '2026-03-01T09:00:00.000Z',
    studioUrl: `https://ml.azure.com/data/${name}/${version}`,
    ...overrides,
  };
}

/** An environment version of the workspace `WS_ID`. */
export function environment(
  name: string,
  version: string,
  overrides: Partial<AzureMlEnvironment> = {},
): AzureMlEnvironment {
  return {
    id: `${WS_ID}/environments/${name}/versions/${version}`,
    name,
    version,
    image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:20240610.v1',
    tags: {},
    ...overrides,
  };
}

/** A registered model version of the workspace `WS_ID`, produced by no job unless `overrides` name one. */
export function modelVersion(
  name: string,
  version: string,
  overrides: Partial<AzureMlModelVersion> = {},
): AzureMlModelVersion {
  return {
    id: `${WS_ID}/models/${name}/versions/${version}`,
    name,
    version,
    modelType: 'mlflow_model',
    modelUri: `azureml://jobs/train-${name}/outputs/artifacts/paths/model/`,
    tags: {},
    createdAt: '2026-03-01T09:00:00.000Z',
    studioUrl: `https://ml.azure.com/model/${name}:${version}`,
    ...overrides,
  };
}

/** A registered model of the workspace `WS_ID`. */
export function modelContainer(
  name: string,
  overrides: Partial<AzureMlModelContainer> = {},
): AzureMlModelContainer {
  return {
    id: `${WS_ID}/models/${name}`,
    name,
    tags: {},
    latestVersion: '1',
    studioUrl: `https://ml.azure.com/model/${name}`,
    ...overrides,
  };
}
