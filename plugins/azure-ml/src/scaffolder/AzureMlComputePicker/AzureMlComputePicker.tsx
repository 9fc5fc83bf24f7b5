/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { WorkspaceItemPicker } from '../shared/WorkspaceItemPicker';
import { computeOption } from './computeOption';
import type { AzureMlComputePickerUiOptions } from './schema';

/**
 * The `AzureMlComputePicker` field: picks a compute target of the workspace
 * picked in the field `ui:options.workspaceField` (`workspace` by default)
 * and keeps its name. It is disabled until a workspace is picked.
 *
 * @public
 */
export function AzureMlComputePicker(
  props: FieldExtensionComponentProps<string, AzureMlComputePickerUiOptions>,
) {
  return (
    <WorkspaceItemPicker
      field={props}
      defaultLabel="Compute"
      plural="computes"
      list={(api, workspace, request) => api.listComputes(workspace, request)}
      toOption={computeOption}
    />
  );
}
