/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  OnlineDeployment,
  ProbeSettings,
} from '@azure/arm-machinelearning';
import type { EndpointTarget } from '../onlineEndpoint';
import type { DeploymentPlan } from './planDeployment';

/** A probe as the action's input gives it, in whole seconds. */
type ProbeInput = {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
  successThreshold?: number;
};

/** What of the action's input goes into the deployment as it is. */
export type DeploymentSettings = {
  instanceCount: number;
  environmentVariables?: Record<string, string>;
  requestSettings?: {
    requestTimeoutMs?: number;
    maxConcurrentRequestsPerInstance?: number;
  };
  livenessProbe?: ProbeInput;
  readinessProbe?: ProbeInput;
  description?: string;
  tags?: Record<string, string>;
  /** Kept in the deployment's properties, e.g. the task that created it. */
  properties: Record<string, string>;
};

/** An ISO 8601 duration, as ARM takes timeouts: 1500 ms is `PT1.5S`. */
const duration = (ms: number) => `PT${ms / 1000}S`;

/** Drops the keys whose value is undefined, so Azure's defaults apply. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

function probe(input: ProbeInput | undefined): ProbeSettings | undefined {
  if (!input) return undefined;
  const seconds = (s?: number) => (s === undefined ? undefined : `PT${s}S`);
  return defined({
    initialDelay: seconds(input.initialDelaySeconds),
    period: seconds(input.periodSeconds),
    timeout: seconds(input.timeoutSeconds),
    failureThreshold: input.failureThreshold,
    successThreshold: input.successThreshold,
  });
}

/**
 * The ARM body of a new online deployment: in the endpoint's region and of
 * its compute type, serving the planned model with the planned environment
 * and scoring script, on `instanceCount` instances.
 *
 * @param codeId - The ARM id of the code asset version, once known.
 * @internal
 */
export function deploymentBody(
  endpoint: EndpointTarget,
  plan: DeploymentPlan,
  settings: DeploymentSettings,
  codeId: string | undefined,
): OnlineDeployment {
  const { requestSettings } = settings;
  return {
    location: endpoint.endpoint.location,
    ...(settings.tags ? { tags: settings.tags } : {}),
    sku: { name: 'Default', capacity: settings.instanceCount },
    properties: defined({
      endpointComputeType: endpoint.computeType,
      model: plan.modelId,
      environmentId: plan.environmentId,
      codeConfiguration: plan.code
        ? defined({ codeId, scoringScript: plan.code.scoringScript })
        : undefined,
      instanceType: plan.instanceType,
      description: settings.description,
      environmentVariables: settings.environmentVariables,
      requestSettings: requestSettings
        ? defined({
            requestTimeout:
              requestSettings.requestTimeoutMs === undefined
                ? undefined
                : duration(requestSettings.requestTimeoutMs),
            maxConcurrentRequestsPerInstance:
              requestSettings.maxConcurrentRequestsPerInstance,
          })
        : undefined,
      livenessProbe: probe(settings.livenessProbe),
      readinessProbe: probe(settings.readinessProbe),
      properties: settings.properties,
    }),
  };
}
