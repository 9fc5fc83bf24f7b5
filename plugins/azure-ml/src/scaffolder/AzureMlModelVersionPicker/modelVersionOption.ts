/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlModelVersion } from '@azure-ml-backstage/plugin-azure-ml-common';
import { formatAssetVersionReference } from '../shared/assetVersionReference';
import type { PickerOption } from '../shared/PickerOption';

/**
 * A model version as the picker offers it: `name:version`, with its format
 * and the job that produced it, when Azure records one.
 *
 * @internal
 */
export function modelVersionOption(model: AzureMlModelVersion): PickerOption {
  return {
    value: formatAssetVersionReference(model.name, model.version),
    label: `${model.name}:${model.version}`,
    detail: [model.modelType, model.jobName && `from job ${model.jobName}`]
      .filter(Boolean)
      .join(' · '),
  };
}
