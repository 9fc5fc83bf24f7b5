/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  findNameProblem,
  resourceNameRules,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { AzureMlEndpointPickerUiOptions } from './schema';

/**
 * Refuses a value that is not an online endpoint name Azure allows (for
 * example one typed into the URL), saying why. An empty field is left to
 * `required`.
 *
 * @public
 */
export const azureMlEndpointPickerValidation: CustomFieldValidator<
  string,
  AzureMlEndpointPickerUiOptions
> = (value, validation) => {
  if (!value) return;
  const problem = findNameProblem(resourceNameRules.endpointName, value);
  if (problem) {
    validation.addError(`Pick an online endpoint from the list: ${problem}`);
  }
};
