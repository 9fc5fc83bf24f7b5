/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { WorkspaceItemPicker } from '../shared/WorkspaceItemPicker';
import { listWorkspaceModelVersions } from './listWorkspaceModelVersions';
import { modelVersionOption } from './modelVersionOption';
import type { AzureMlModelVersionPickerUiOptions } from './schema';

/**
 * The `AzureMlModelVersionPicker` field: picks a registered model version
 * of the workspace picked in the field `ui:options.workspaceField`
 * (`workspace` by default) and keeps it as `azureml:<name>:<version>`. It is
 * disabled until a workspace is picked.
 *
 * @public
 */
export function AzureMlModelVersionPicker(
  props: FieldExtensionComponentProps<
    string,
    AzureMlModelVersionPickerUiOptions
  >,
) {
  return (
    <WorkspaceItemPicker
      field={props}
      defaultLabel="Model version"
      plural="model versions"
      list={listWorkspaceModelVersions}
      toOption={modelVersionOption}
    />
  );
}
