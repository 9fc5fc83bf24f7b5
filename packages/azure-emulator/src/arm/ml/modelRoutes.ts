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

const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'];

/** A model version's own properties: where it is and which job made it. */
export function modelVersionProperties(body: Record<string, any>) {
  if (typeof body.modelUri !== 'string' || !body.modelUri) {
    throw mlUserError("'properties.modelUri' is required.");
  }
  const modelType = body.modelType ?? 'custom_model';
  if (!MODEL_TYPES.includes(modelType)) {
    throw mlUserError(
      `'properties.modelType' must be one of ${MODEL_TYPES.join(', ')}.`,
    );
  }
  if (body.jobName !== undefined && typeof body.jobName !== 'string') {
    throw mlUserError("'properties.jobName' must be a string.");
  }
  return {
    flavors: body.flavors ?? {},
    modelType,
    modelUri: body.modelUri,
    ...(body.jobName ? { jobName: body.jobName } : {}),
  };
}

export const MODEL_KIND: AssetKind = {
  segment: 'models',
  containerType: ML_TYPES.modelContainer,
  versionType: ML_TYPES.modelVersion,
  noun: 'Model',
  versionProperties: modelVersionProperties,
};

/** Model containers and versions. */
export function registerModelRoutes(router: Router, ctx: EmulatorContext) {
  registerArmCollection(router, ctx, assetContainerCollection(MODEL_KIND));
  registerArmCollection(router, ctx, assetVersionCollection(MODEL_KIND));
}
