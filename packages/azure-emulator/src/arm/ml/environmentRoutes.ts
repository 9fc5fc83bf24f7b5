/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Router } from 'express';
import type { EmulatorContext } from '../../server/EmulatorContext';
import { registerArmCollection } from './armCollection';
import {
  assetContainerCollection,
  assetVersionCollection,
  type AssetKind,
} from './assetCollections';
import { mlUserError } from './mlErrors';
import { ML_TYPES } from './mlIds';

/**
 * An environment version's own properties: a Docker image, or a build
 * context, optionally with a conda file layered on top.
 */
export function environmentVersionProperties(body: Record<string, any>) {
  const image = typeof body.image === 'string' ? body.image : undefined;
  const contextUri = body.build?.contextUri;
  if (!image && typeof contextUri !== 'string') {
    throw mlUserError(
      "An environment needs 'properties.image' or 'properties.build.contextUri'.",
    );
  }
  if (body.condaFile !== undefined && typeof body.condaFile !== 'string') {
    throw mlUserError("'properties.condaFile' must be a string.");
  }
  const osType = body.osType ?? 'Linux';
  if (osType !== 'Linux' && osType !== 'Windows') {
    throw mlUserError("'properties.osType' must be Linux or Windows.");
  }
  return {
    autoRebuild: body.autoRebuild ?? 'Disabled',
    environmentType: 'UserCreated',
    osType,
    ...(image ? { image } : {}),
    ...(contextUri
      ? {
          build: {
            contextUri,
            dockerfilePath: body.build.dockerfilePath ?? 'Dockerfile',
          },
        }
      : {}),
    ...(body.condaFile ? { condaFile: body.condaFile } : {}),
  };
}

export const ENVIRONMENT_KIND: AssetKind = {
  segment: 'environments',
  containerType: ML_TYPES.environmentContainer,
  versionType: ML_TYPES.environmentVersion,
  noun: 'Environment',
  versionProperties: environmentVersionProperties,
};

/** Environment containers and versions. */
export function registerEnvironmentRoutes(
  router: Router,
  ctx: EmulatorContext,
) {
  registerArmCollection(
    router,
    ctx,
    assetContainerCollection(ENVIRONMENT_KIND),
  );
  registerArmCollection(router, ctx, assetVersionCollection(ENVIRONMENT_KIND));
}
