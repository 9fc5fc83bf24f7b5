/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Test data shaped like the emulator's demo endpoints: a blue/green endpoint
// at 90/10, and a single-deployment one.

import { ResponseError } from '@backstage/errors';
import type {
  AzureMlOnlineDeployment,
  AzureMlOnlineEndpoint,
  AzureMlOnlineEndpointSummary,
  AzureMlWorkspaceAccess,
  WorkspaceRef,
} from '@azure-ml-backstage/plugin-azure-ml-common';

export const WS_ID =
  '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision';

export const workspace: WorkspaceRef = {
  subscriptionId: '55555555-0000-4000-8000-000000000001',
  resourceGroup: 'rg-vision',
  workspaceName: 'mlw-vision',
};

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

export function endpointSummary(
  overrides: Partial<AzureMlOnlineEndpointSummary> = {},
): AzureMlOnlineEndpointSummary {
  const { deployments: _, ...summary } = endpoint();
  const name = overrides.name ?? summary.name;
  return { ...summary, id: `${WS_ID}/onlineEndpoints/${name}`, ...overrides };
}

export function access(
  allowed: boolean,
  message = "Azure RBAC denied action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write' on scope '/subscriptions/55555555-0000-4000-8000-000000000001/resourceGroups/rg-vision/providers/Microsoft.MachineLearningServices/workspaces/mlw-vision/onlineEndpoints/defect-classifier': ask for AzureML Data Scientist",
): AzureMlWorkspaceAccess {
  return {
    scope: `${WS_ID}/onlineEndpoints/defect-classifier`,
    features: [
      {
        feature: 'endpoint.traffic.update',
        allowed,
        ...(allowed
          ? {}
          : {
              denial: {
                side: 'azure',
                action:
                  'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/write',
                scope: `${WS_ID}/onlineEndpoints/defect-classifier`,
                message,
              },
            }),
      },
    ],
  };
}

/** A `ResponseError` as the frontend client throws it for a backend error. */
export async function responseError(
  status: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/api/azure-ml/workspaces/x' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: 'Error',
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
