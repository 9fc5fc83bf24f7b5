/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EnvironmentContainer } from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import { AZURE_ML_LATEST_VERSION_ANNOTATION } from '../constants';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import { assetOwnerRef } from './assetOwnerRef';
import { assetName } from './assetNames';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps an environment to a `Resource` of type `azure-ml-environment`.
 *
 * @internal
 */
export function mapEnvironmentEntity(
  environment: EnvironmentContainer,
  ctx: WorkspaceContext,
): Entity {
  const name = environment.name ?? '';
  const latest = environment.properties.latestVersion;
  const annotations = {
    ...assetAnnotations(
      ctx,
      environment.id ?? '',
      `environments/${encodeURIComponent(name)}`,
    ),
    ...(latest ? { [AZURE_ML_LATEST_VERSION_ANNOTATION]: latest } : {}),
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: assetName(ctx, 'environment', name),
      title: name,
      ...(environment.properties.description
        ? { description: environment.properties.description }
        : {}),
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'azure-ml-environment',
      owner: assetOwnerRef(environment.properties.tags, ctx.owner),
      system: ctx.systemName,
    },
  };
}
