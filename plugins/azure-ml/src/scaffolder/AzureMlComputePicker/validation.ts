/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { findComputeNameProblem } from '../shared/findComputeNameProblem';
import type { AzureMlComputePickerUiOptions } from './schema';

/**
 * Refuses a value that is not a compute name Azure allows (for example one
 * typed into the URL), saying why. An empty field is left to `required`.
 *
 * @public
 */
export const azureMlComputePickerValidation: CustomFieldValidator<
  string,
  AzureMlComputePickerUiOptions
> = (value, validation) => {
  if (!value) return;
  const problem = findComputeNameProblem(value);
  if (problem) {
    validation.addError(`Pick a compute from the list: ${problem}`);
  }
};
