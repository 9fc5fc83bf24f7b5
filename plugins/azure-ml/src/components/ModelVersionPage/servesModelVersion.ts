/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  AzureMlModelVersion,
  AzureMlOnlineEndpoint,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import { parseAssetReference } from '../../entity/parseAssetReference';

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Whether a deployment's `model` names this model version. Azure accepts
 * several spellings (see {@link parseAssetReference}): the version's ARM id,
 * the short asset reference `azureml:<name>:<version>`, or a longer id
 * ending in `/models/<name>/versions/<version>` (a registry asset, or an ARM
 * id in other casing). Azure resource names and ids are case-insensitive,
 * so is the comparison.
 *
 * @internal
 */
export function servesModelVersion(
  deploymentModel: string,
  version: Pick<AzureMlModelVersion, 'id' | 'name' | 'version'>,
): boolean {
  const model = deploymentModel.trim();
  if (!model) {
    return false;
  }
  if (version.id && sameName(model, version.id)) {
    return true;
  }
  const served = parseAssetReference(model, 'model');
  return (
    served?.version !== undefined &&
    sameName(served.name, version.name) &&
    sameName(served.version, version.version)
  );
}

/**
 * A deployment serving a model version, with the share of its endpoint's
 * traffic it receives.
 *
 * @internal
 */
export interface ServingDeployment {
  /** The endpoint the deployment belongs to. */
  endpointName: string;
  /** The deployment. */
  deploymentName: string;
  /** The percentage of the endpoint's traffic the deployment receives. */
  trafficPercent: number;
}

/**
 * The deployments of these endpoints that serve a model version, in endpoint
 * then deployment order.
 *
 * @internal
 */
export function servingDeployments(
  endpoints: AzureMlOnlineEndpoint[],
  version: Pick<AzureMlModelVersion, 'id' | 'name' | 'version'>,
): ServingDeployment[] {
  return endpoints.flatMap(endpoint =>
    endpoint.deployments
      .filter(deployment => servesModelVersion(deployment.model, version))
      .map(deployment => ({
        endpointName: endpoint.name,
        deploymentName: deployment.name,
        trafficPercent: endpoint.traffic[deployment.name] ?? 0,
      })),
  );
}
