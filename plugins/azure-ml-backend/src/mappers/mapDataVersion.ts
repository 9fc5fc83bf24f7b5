/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { DataVersionBase } from '@azure/arm-machinelearning';
import type { AzureMlDataAsset } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { stringRecord } from './stringRecord';

/**
 * Maps a data asset version from ARM.
 *
 * @internal
 */
export function mapDataVersion(
  data: DataVersionBase,
  session: WorkspaceSession,
): AzureMlDataAsset {
  const id = data.id ?? '';
  const dataName = /\/data\/([^/]+)\/versions\//i.exec(id)?.[1] ?? '';
  const version = data.name ?? '';
  const p = data.properties;
  return {
    id,
    name: dataName,
    version,
    dataType: p.dataType,
    dataUri: p.dataUri,
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    createdAt: data.systemData?.createdAt?.toISOString() ?? '',
    studioUrl: session.studioUrl(
      `data/${encodeURIComponent(dataName)}/${encodeURIComponent(
        version,
      )}/details`,
    ),
  };
}
