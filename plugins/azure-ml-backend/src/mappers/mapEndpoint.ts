/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  OnlineDeployment,
  OnlineEndpoint,
} from '@azure/arm-machinelearning';
import type {
  AzureMlDeploymentProvisioningState,
  AzureMlEndpointProvisioningState,
  AzureMlOnlineDeployment,
  AzureMlOnlineEndpointSummary,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { stringRecord } from './stringRecord';

/**
 * Maps an online endpoint from ARM, without its deployments.
 *
 * @internal
 */
export function mapEndpoint(
  endpoint: OnlineEndpoint,
  session: WorkspaceSession,
): AzureMlOnlineEndpointSummary {
  const name = endpoint.name ?? '';
  const p = endpoint.properties;
  return {
    id: endpoint.id ?? '',
    name,
    ...(p.description ? { description: p.description } : {}),
    authMode: p.authMode,
    scoringUri: p.scoringUri ?? '',
    provisioningState: (p.provisioningState ??
      'Succeeded') as AzureMlEndpointProvisioningState,
    traffic: { ...(p.traffic ?? {}) },
    tags: stringRecord(endpoint.tags),
    studioUrl: session.studioUrl(
      `endpoints/realtime/${encodeURIComponent(name)}/detail`,
    ),
  };
}

/**
 * Maps an online deployment from ARM.
 *
 * @internal
 */
export function mapDeployment(
  deployment: OnlineDeployment,
  endpointName: string,
): AzureMlOnlineDeployment {
  const p = deployment.properties;
  return {
    id: deployment.id ?? '',
    name: deployment.name ?? '',
    endpointName,
    instanceType: p.instanceType ?? '',
    instanceCount: deployment.sku?.capacity ?? 1,
    model: p.model ?? '',
    provisioningState: (p.provisioningState ??
      'Succeeded') as AzureMlDeploymentProvisioningState,
  };
}
