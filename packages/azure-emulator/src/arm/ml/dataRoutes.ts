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

const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'];

function checkedDataType(dataType: unknown): string {
  if (!DATA_TYPES.includes(dataType as string)) {
    throw mlUserError(
      `'properties.dataType' must be one of ${DATA_TYPES.join(', ')}.`,
    );
  }
  return dataType as string;
}

/** A data version's own properties: its type and where the data lives. */
export function dataVersionProperties(body: Record<string, any>) {
  const dataType = checkedDataType(body.dataType);
  if (typeof body.dataUri !== 'string' || !body.dataUri) {
    throw mlUserError("'properties.dataUri' is required.");
  }
  return {
    dataType,
    dataUri: body.dataUri,
    ...(dataType === 'mltable'
      ? { referencedUris: body.referencedUris ?? [] }
      : {}),
  };
}

export const DATA_KIND: AssetKind = {
  segment: 'data',
  containerType: ML_TYPES.dataContainer,
  versionType: ML_TYPES.dataVersion,
  noun: 'Data',
  versionProperties: dataVersionProperties,
  containerProperties: body => ({
    dataType: checkedDataType(body.dataType ?? 'uri_folder'),
  }),
  containerInherits: ['dataType'],
};

/** Data containers and versions. */
export function registerDataRoutes(router: Router, ctx: EmulatorContext) {
  registerArmCollection(router, ctx, assetContainerCollection(DATA_KIND));
  registerArmCollection(router, ctx, assetVersionCollection(DATA_KIND));
}
