/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  InvalidResourceIdError,
  parseWorkspaceId,
  type ParsedWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { azureMlApiRef } from '../../api';
import {
  checkRequiredFeatures,
  readRequiredFeatures,
} from './requiredFeatures';
import type { AzureMlWorkspacePickerUiOptions } from './schema';

/**
 * Refuses a value that is not the ARM id of an Azure Machine Learning
 * workspace (for example one typed into the URL), saying what is wrong
 * with it, and a workspace where the backend says the user is denied one
 * of the features `ui:options.requiredFeatures` names, with the backend's
 * reason (the missing Backstage permission, or Azure action and scope). An
 * empty field is left to `required`.
 *
 * @remarks
 *
 * When the access check itself fails (the backend cannot be reached, or
 * answers an error), the workspace is not refused: the field has shown why,
 * and the template's actions check the same access again when they run.
 *
 * @public
 */
export const azureMlWorkspacePickerValidation: CustomFieldValidator<
  string,
  AzureMlWorkspacePickerUiOptions
> = async (value, validation, context) => {
  if (!value) return;
  let parsed: ParsedWorkspaceId;
  try {
    parsed = parseWorkspaceId(value);
  } catch (error) {
    const reason =
      error instanceof InvalidResourceIdError
        ? error.reason
        : (error as Error).message;
    validation.addError(
      `Pick a workspace from the list: this is not the id of an Azure ML workspace (${reason})`,
    );
    return;
  }
  const required = readRequiredFeatures(context?.uiSchema?.['ui:options']);
  const api = context?.apiHolder.get(azureMlApiRef);
  if (required.length === 0 || !api) return;
  const check = await checkRequiredFeatures(
    api,
    parsed.workspace,
    required,
  ).catch(() => undefined);
  for (const refusal of check?.refusals ?? []) {
    validation.addError(refusal.message);
  }
};
