/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import { assetReferenceName } from './assetReferenceName';
import { resourceRef } from './assetNames';
import { mapComputeEntity } from './mapComputeEntity';
import { mapDataEntity } from './mapDataEntity';
import { mapEndpointEntities } from './mapEndpointEntities';
import { mapEnvironmentEntity } from './mapEnvironmentEntity';
import { mapModelEntity } from './mapModelEntity';
import { mapWorkspaceEntity } from './mapWorkspaceEntity';
import type { WorkspaceContext } from './WorkspaceContext';
import type { WorkspaceSnapshot } from './WorkspaceSnapshot';

const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * Maps one workspace's snapshot to its entities, with lineage: endpoint
 * Components depend on the models their deployments serve, models on the
 * data their producing jobs read (only assets of the same workspace).
 *
 * @internal
 */
export function mapWorkspaceSnapshot(
  snapshot: WorkspaceSnapshot,
  ctx: WorkspaceContext,
): Entity[] {
  const modelNames = new Set(
    snapshot.models.map(m => (m.container.name ?? '').toLowerCase()),
  );
  const dataNames = new Set(
    snapshot.data.map(d => (d.container.name ?? '').toLowerCase()),
  );
  const entities: Entity[] = [mapWorkspaceEntity(snapshot.workspace, ctx)];
  for (const { container, versions } of snapshot.models) {
    const reads = versions.flatMap(v =>
      v.properties.jobName
        ? snapshot.jobDataInputs.get(v.properties.jobName) ?? []
        : [],
    );
    const dependsOn = unique(
      reads
        .filter(name => dataNames.has(name.toLowerCase()))
        .map(name => resourceRef(ctx, 'data', name)),
    );
    entities.push(mapModelEntity(container, versions, ctx, dependsOn));
  }
  for (const { container, latest } of snapshot.data) {
    entities.push(mapDataEntity(container, latest, ctx));
  }
  for (const environment of snapshot.environments) {
    entities.push(mapEnvironmentEntity(environment, ctx));
  }
  for (const compute of snapshot.computes) {
    entities.push(mapComputeEntity(compute, ctx));
  }
  for (const { endpoint, deployments } of snapshot.endpoints) {
    const served = unique(
      deployments
        .map(d => assetReferenceName(d.properties.model, 'models'))
        .filter((name): name is string => !!name)
        .filter(name => modelNames.has(name.toLowerCase()))
        .map(name => resourceRef(ctx, 'model', name)),
    );
    entities.push(...mapEndpointEntities(endpoint, deployments, ctx, served));
  }
  return entities;
}
