/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ModelContainer, ModelVersion } from '@azure/arm-machinelearning';
import type {
  AzureMlModelContainer,
  AzureMlModelVersion,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { stringRecord } from './stringRecord';

/**
 * Maps a registered model (model container) from ARM.
 *
 * @internal
 */
export function mapModelContainer(
  model: ModelContainer,
  session: WorkspaceSession,
): AzureMlModelContainer {
  const name = model.name ?? '';
  const p = model.properties;
  return {
    id: model.id ?? '',
    name,
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    ...(p.latestVersion ? { latestVersion: p.latestVersion } : {}),
    studioUrl: session.studioUrl(`model/${encodeURIComponent(name)}`),
  };
}

/**
 * Maps a model version from ARM; its id names the model and the version.
 *
 * @internal
 */
export function mapModelVersion(
  version: ModelVersion,
  session: WorkspaceSession,
): AzureMlModelVersion {
  const id = version.id ?? '';
  const modelName = /\/models\/([^/]+)\/versions\//i.exec(id)?.[1] ?? '';
  const p = version.properties;
  return {
    id,
    name: modelName,
    version: version.name ?? '',
    modelType: p.modelType ?? 'custom_model',
    modelUri: p.modelUri ?? '',
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    ...(p.jobName ? { jobName: p.jobName } : {}),
    createdAt: version.systemData?.createdAt?.toISOString() ?? '',
    studioUrl: session.studioUrl(
      `model/${encodeURIComponent(modelName)}:${encodeURIComponent(
        version.name ?? '',
      )}/details`,
    ),
  };
}
