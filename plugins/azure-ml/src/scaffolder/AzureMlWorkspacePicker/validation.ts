/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InvalidResourceIdError,
  parseWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { AzureMlWorkspacePickerUiOptions } from './schema';

/**
 * Refuses a value that is not the ARM id of an Azure Machine Learning
 * workspace (for example one typed into the URL), saying what is wrong
 * with it. An empty field is left to `required`.
 *
 * @public
 */
export const azureMlWorkspacePickerValidation: CustomFieldValidator<
  string,
  AzureMlWorkspacePickerUiOptions
> = (value, validation) => {
  if (!value) return;
  try {
    parseWorkspaceId(value);
  } catch (error) {
    const reason =
      error instanceof InvalidResourceIdError
        ? error.reason
        : (error as Error).message;
    validation.addError(
      `Pick a workspace from the list: this is not the id of an Azure ML workspace (${reason})`,
    );
  }
};
