/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { findAssetVersionReferenceProblem } from '../shared/assetVersionReference';
import type { AzureMlModelVersionPickerUiOptions } from './schema';

/**
 * Refuses a value that is not `azureml:<name>:<version>` with a name and
 * version Azure allows (for example one typed into the URL), saying why. An
 * empty field is left to `required`.
 *
 * @public
 */
export const azureMlModelVersionPickerValidation: CustomFieldValidator<
  string,
  AzureMlModelVersionPickerUiOptions
> = (value, validation) => {
  if (!value) return;
  const problem = findAssetVersionReferenceProblem('model', value);
  if (problem) {
    validation.addError(`Pick a model version from the list: ${problem}`);
  }
};
