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

/** A code version's own properties: where the snapshot of the code lives. */
export function codeVersionProperties(body: Record<string, any>) {
  if (typeof body.codeUri !== 'string' || !body.codeUri) {
    throw mlUserError("'properties.codeUri' is required.");
  }
  return { codeUri: body.codeUri };
}

export const CODE_KIND: AssetKind = {
  segment: 'codes',
  containerType: ML_TYPES.codeContainer,
  versionType: ML_TYPES.codeVersion,
  noun: 'Code',
  versionProperties: codeVersionProperties,
};

/**
 * Code containers and versions: the snapshots of source code command jobs
 * run (`codeId`), as the CLI registers them before it submits a job.
 */
export function registerCodeRoutes(router: Router, ctx: EmulatorContext) {
  registerArmCollection(router, ctx, assetContainerCollection(CODE_KIND));
  registerArmCollection(router, ctx, assetVersionCollection(CODE_KIND));
}
