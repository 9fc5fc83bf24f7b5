/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EnvironmentVersion } from '@azure/arm-machinelearning';
import type { AzureMlEnvironment } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { WorkspaceSession } from '../service/WorkspaceSession';
import { stringRecord } from './stringRecord';

/**
 * Maps an environment version from ARM.
 *
 * @internal
 */
export function mapEnvironmentVersion(
  environment: EnvironmentVersion,
  session: WorkspaceSession,
): AzureMlEnvironment {
  const id = environment.id ?? '';
  const name = /\/environments\/([^/]+)\/versions\//i.exec(id)?.[1] ?? '';
  const version = environment.name ?? '';
  const p = environment.properties;
  const createdAt = environment.systemData?.createdAt?.toISOString();
  return {
    id,
    name,
    version,
    ...(p.image ? { image: p.image } : {}),
    ...(p.condaFile ? { condaFile: p.condaFile } : {}),
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    ...(createdAt ? { createdAt } : {}),
    studioUrl: session.studioUrl(
      `environments/${encodeURIComponent(name)}/version/${encodeURIComponent(
        version,
      )}`,
    ),
  };
}
