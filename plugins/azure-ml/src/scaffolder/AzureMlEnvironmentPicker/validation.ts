/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { findAssetVersionReferenceProblem } from '../shared/assetVersionReference';
import type { AzureMlEnvironmentPickerUiOptions } from './schema';

/**
 * Refuses a value that is not `azureml:<name>:<version>` with a name and
 * version Azure allows (for example one typed into the URL), saying why. An
 * empty field is left to `required`.
 *
 * @public
 */
export const azureMlEnvironmentPickerValidation: CustomFieldValidator<
  string,
  AzureMlEnvironmentPickerUiOptions
> = (value, validation) => {
  if (!value) return;
  const problem = findAssetVersionReferenceProblem('environment', value);
  if (problem) {
    validation.addError(`Pick an environment from the list: ${problem}`);
  }
};
