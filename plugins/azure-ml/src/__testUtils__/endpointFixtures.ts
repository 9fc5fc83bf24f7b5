/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Test data shaped like the emulator's demo endpoints: a blue/green endpoint
// at 90/10, and a single-deployment one.

import type {
  AzureMlOnlineDeployment,
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  AzureMlWorkspaceAccess,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { featureAccess, WS_ID } from './fixtures';

/** A deployment of the endpoint `defect-classifier`, serving version 3. */
export function deployment(
  name: string,
  overrides: Partial<AzureMlOnlineDeployment> = {},
): AzureMlOnlineDeployment {
  return {
    id: `${WS_ID}/onlineEndpoints/defect-classifier/deployments/${name}`,
    name,
    endpointName: 'defect-classifier',
    instanceType: 'Standard_DS3_v2',
    instanceCount: 1,
    model: `${WS_ID}/models/defect-classifier/versions/3`,
    provisioningState: 'Succeeded',
    ...overrides,
  };
}

/** The endpoint `defect-classifier`: blue (version 2) at 90%, green at 10%. */
export function endpoint(
  overrides: Partial<AzureMlOnlineEndpoint> = {},
): AzureMlOnlineEndpoint {
  return {
    id: `${WS_ID}/onlineEndpoints/defect-classifier`,
    name: 'defect-classifier',
    description: 'Classifies surface defects on the line cameras',
    authMode: 'Key',
    scoringUri:
      'https://defect-classifier.westeurope.inference.ml.azure.com/score',
    provisioningState: 'Succeeded',
    traffic: { blue: 90, green: 10 },
    deployments: [
      deployment('blue', {
        instanceCount: 2,
        model: `${WS_ID}/models/defect-classifier/versions/2`,
      }),
      deployment('green'),
    ],
    tags: {},
    studioUrl:
      'https://ml.azure.com/endpoints/realtime/defect-classifier/detail',
    ...overrides,
  };
}

/** {@link endpoint} as the endpoint list has it, without deployments. */
export function endpointSummary(
  overrides: Partial<AzureMlOnlineEndpointSummary> = {},
): AzureMlOnlineEndpointSummary {
  const { deployments: _, ...summary } = endpoint();
  const name = overrides.name ?? summary.name;
  return { ...summary, id: `${WS_ID}/onlineEndpoints/${name}`, ...overrides };
}

/**
 * An endpoint `name` with the `traffic` split over its deployments, each
 * serving the model named in `models` (deployment name to model).
 */
export function servingEndpoint(
  name: string,
  traffic: Record<string, number>,
  models: Record<string, string>,
): AzureMlOnlineEndpoint {
  const id = `${WS_ID}/onlineEndpoints/${name}`;
  return {
    id,
    name,
    authMode: 'Key',
    scoringUri: `https://${name}.westeurope.inference.ml.azure.com/score`,
    provisioningState: 'Succeeded',
    traffic,
    deployments: Object.entries(models).map(([deploymentName, model]) => ({
      id: `${id}/deployments/${deploymentName}`,
      name: deploymentName,
      endpointName: name,
      instanceType: 'Standard_DS3_v2',
      instanceCount: 1,
      model,
      provisioningState: 'Succeeded',
    })),
    tags: {},
    studioUrl: `https://ml.azure.com/endpoints/realtime/${name}`,
  };
}

/** Whether the user may shift the traffic of `defect-classifier`. */
export function access(
  allowed: boolean,
  message = "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/defect-classifier': ask for AzureML Data Scientist",
): AzureMlWorkspaceAccess {
  return featureAccess(
    'endpoint.traffic.update',
    `${WS_ID}/onlineEndpoints/defect-classifier`,
    allowed
      ? undefined
      : {
          action:
            'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
          message,
        },
  );
}
