/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { WorkspaceItemPicker } from '../shared/WorkspaceItemPicker';
import { endpointOption } from './endpointOption';
import type { AzureMlEndpointPickerUiOptions } from './schema';

/**
 * The `AzureMlEndpointPicker` field: picks an online endpoint of the
 * workspace picked in the field `ui:options.workspaceField` (`workspace` by
 * default), showing how its traffic is split, and keeps its name. It is
 * disabled until a workspace is picked.
 *
 * @public
 */
export function AzureMlEndpointPicker(
  props: FieldExtensionComponentProps<string, AzureMlEndpointPickerUiOptions>,
) {
  return (
    <WorkspaceItemPicker
      field={props}
      defaultLabel="Online endpoint"
      plural="online endpoints"
      list={(api, workspace, request) => api.listEndpoints(workspace, request)}
      toOption={endpointOption}
    />
  );
}
