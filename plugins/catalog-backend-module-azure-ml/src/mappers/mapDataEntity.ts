/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  DataContainer,
  DataVersionBase,
} from '@azure/arm-machinelearning';
import type { Entity } from '@backstage/catalog-model';
import { AZURE_ML_LATEST_VERSION_ANNOTATION } from '../constants';
import { assetAnnotations, assetLinks } from './assetAnnotations';
import { assetOwnerRef } from './assetOwnerRef';
import { assetName } from './assetNames';
import type { WorkspaceContext } from './WorkspaceContext';

/**
 * Maps a data asset (and its latest version, when read) to a `Resource` of
 * type `azure-ml-data`.
 *
 * @internal
 */
export function mapDataEntity(
  data: DataContainer,
  latest: DataVersionBase | undefined,
  ctx: WorkspaceContext,
): Entity {
  const name = data.name ?? '';
  const version = latest?.name ?? data.properties.latestVersion;
  const annotations = {
    ...assetAnnotations(
      ctx,
      data.id ?? '',
      `data/${encodeURIComponent(name)}/${encodeURIComponent(
        version ?? '',
      )}/details`,
    ),
    ...(version ? { [AZURE_ML_LATEST_VERSION_ANNOTATION]: version } : {}),
  };
  const description =
    data.properties.description || latest?.properties.description;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: assetName(ctx, 'data', name),
      title: name,
      ...(description ? { description } : {}),
      annotations,
      links: assetLinks(annotations),
    },
    spec: {
      type: 'azure-ml-data',
      owner: assetOwnerRef(data.properties.tags, ctx.owner),
      system: ctx.systemName,
    },
  };
}
