/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ComputeResource } from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import { assetName } from './assetNames';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps a compute (cluster, instance, attached Kubernetes) to a `Resource`
 * of type `azure-ml-compute`.
 *
 * @internal
 */
export function mapComputeEntity(
  compute: ComputeResource,
  ctx: WorkspaceContext,
): Entity {
  const name = compute.name ?? '';
  const annotations = assetAnnotations(
    ctx,
    compute.id ?? '',
    `compute/${encodeURIComponent(name)}/details`,
  );
  const computeType = compute.properties?.computeType;
  const description =
    compute.properties?.description ||
    (computeType ? `Azure ML compute (${computeType})` : undefined);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: assetName(ctx, 'compute', name),
      title: name,
      ...(description ? { description } : {}),
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'azure-ml-compute',
      owner: ctx.owner,
      system: ctx.systemName,
    },
  };
}
