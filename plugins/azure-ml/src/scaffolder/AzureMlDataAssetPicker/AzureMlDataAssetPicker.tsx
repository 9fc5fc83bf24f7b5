/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlDataAsset } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { WorkspaceItemPicker } from '../shared/WorkspaceItemPicker';
import { dataAssetOption } from './dataAssetOption';
import type { AzureMlDataAssetPickerUiOptions } from './schema';

/** "of type uri_file or mltable", for the messages of a filtered list. */
function describeDataTypes(dataTypes: string[]): string {
  if (dataTypes.length <= 1) return `of type ${dataTypes.join('')}`;
  return `of type ${dataTypes.slice(0, -1).join(', ')} or ${
    dataTypes[dataTypes.length - 1]
  }`;
}

/**
 * The `AzureMlDataAssetPicker` field: picks a data asset version of the
 * workspace picked in the field `ui:options.workspaceField` (`workspace` by
 * default), optionally only of the kinds in `ui:options.dataTypes`, and
 * keeps it as `azureml:<name>:<version>`. It is disabled until a workspace
 * is picked.
 *
 * @public
 */
export function AzureMlDataAssetPicker(
  props: FieldExtensionComponentProps<string, AzureMlDataAssetPickerUiOptions>,
) {
  const dataTypes = props.uiSchema?.['ui:options']?.dataTypes;
  const filtered = dataTypes && dataTypes.length > 0;
  return (
    <WorkspaceItemPicker
      field={props}
      defaultLabel="Data asset"
      plural="data assets"
      list={(api, workspace, request) => api.listDataAssets(workspace, request)}
      toOption={dataAssetOption}
      include={
        filtered
          ? (asset: AzureMlDataAsset) =>
              (dataTypes as string[]).includes(asset.dataType)
          : undefined
      }
      includeDescription={filtered ? describeDataTypes(dataTypes) : undefined}
    />
  );
}
