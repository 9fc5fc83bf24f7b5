/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { WorkspaceItemPicker } from '../shared/WorkspaceItemPicker';
import { environmentOption } from './environmentOption';
import type { AzureMlEnvironmentPickerUiOptions } from './schema';

/**
 * The `AzureMlEnvironmentPicker` field: picks an environment version of the
 * workspace picked in the field `ui:options.workspaceField` (`workspace` by
 * default) and keeps it as `azureml:<name>:<version>`. It is disabled until
 * a workspace is picked.
 *
 * @public
 */
export function AzureMlEnvironmentPicker(
  props: FieldExtensionComponentProps<
    string,
    AzureMlEnvironmentPickerUiOptions
  >,
) {
  return (
    <WorkspaceItemPicker
      field={props}
      defaultLabel="Environment"
      plural="environments"
      list={(api, workspace, request) =>
        api.listEnvironments(workspace, request)
      }
      toOption={environmentOption}
    />
  );
}
