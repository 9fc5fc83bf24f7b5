/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ModelContainer, ModelVersion } from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import {
  AZURE_ML_LATEST_VERSION_ANNOTATION,
  AZURE_ML_VERSION_COUNT_ANNOTATION,
} from '../constants';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import { assetOwnerRef } from './assetOwnerRef';
import { assetName } from './assetNames';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps a registered model and its versions to a `Resource` of type
 * `azure-ml-model`, summarizing the versions (latest, count) in annotations.
 *
 * @param dependsOn - Refs of the data Resources the jobs that produced its versions read.
 * @internal
 */
export function mapModelEntity(
  model: ModelContainer,
  versions: ModelVersion[],
  ctx: WorkspaceContext,
  dependsOn: string[] = [],
): Entity {
  const name = model.name ?? '';
  const latest =
    model.properties.latestVersion ??
    versions
      .map(v => v.name ?? '')
      .sort(compareVersions)
      .at(-1);
  const annotations = {
    ...assetAnnotations(
      ctx,
      model.id ?? '',
      `model/${encodeURIComponent(name)}`,
    ),
    ...(latest ? { [AZURE_ML_LATEST_VERSION_ANNOTATION]: latest } : {}),
    [AZURE_ML_VERSION_COUNT_ANNOTATION]: String(versions.length),
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: assetName(ctx, 'model', name),
      title: name,
      ...(model.properties.description
        ? { description: model.properties.description }
        : {}),
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'azure-ml-model',
      owner: assetOwnerRef(model.properties.tags, ctx.owner),
      system: ctx.systemName,
      ...(dependsOn.length > 0 ? { dependsOn } : {}),
    },
  };
}

/** Orders versions numerically where they are numbers, else as text. */
function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}
