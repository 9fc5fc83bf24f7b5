/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  OnlineDeployment,
  OnlineEndpoint,
} from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import { AZURE_ML_SCORING_URI_ANNOTATION } from '../constants';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import { assetName } from './assetNames';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps an online endpoint to a `Component` of type `service` and the
 * `API` (type `azure-ml-scoring`) it provides. The Component
 * `dependsOn` the model Resources its deployments serve.
 *
 * @param modelRefs - Refs of the model Resources its deployments serve.
 * @internal
 */
export function mapEndpointEntities(
  endpoint: OnlineEndpoint,
  deployments: OnlineDeployment[],
  ctx: WorkspaceContext,
  modelRefs: string[],
): [Entity, Entity] {
  const name = endpoint.name ?? '';
  const entityName = assetName(ctx, 'endpoint', name);
  const p = endpoint.properties;
  const scoringUri = p.scoringUri ?? '';
  const annotations = {
    ...assetAnnotations(
      ctx,
      endpoint.id ?? '',
      `endpoints/realtime/${encodeURIComponent(name)}/detail`,
    ),
    ...(scoringUri ? { [AZURE_ML_SCORING_URI_ANNOTATION]: scoringUri } : {}),
  };
  const traffic = Object.entries(p.traffic ?? {})
    .map(([deployment, share]) => `${deployment} ${share}%`)
    .join(', ');
  const component: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: entityName,
      title: name,
      description:
        p.description ||
        `Azure ML online endpoint with ${deployments.length} deployment(s)`,
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: ctx.owner,
      system: ctx.systemName,
      providesApis: [`api:default/${entityName}`],
      ...(modelRefs.length > 0 ? { dependsOn: modelRefs } : {}),
    },
  };
  const api: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: entityName,
      title: `${name} scoring`,
      description: `Scoring API of the Azure ML online endpoint ${name}`,
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'azure-ml-scoring',
      lifecycle: 'production',
      owner: ctx.owner,
      system: ctx.systemName,
      definition: [
        `Scoring URI: ${scoringUri || '(not provisioned yet)'}`,
        `Authentication: ${p.authMode}`,
        ...(traffic ? [`Traffic: ${traffic}`] : []),
        `POST a JSON request body to the scoring URI.`,
        '',
      ].join('\n'),
    },
  };
  return [component, api];
}
