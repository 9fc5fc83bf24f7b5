/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJobIo } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  parseAssetReference,
  type AssetKind,
  type AssetReference,
} from '../../entity/parseAssetReference';
import type { WorkspaceLinks } from '../WorkspaceView/workspaceLinks';

/**
 * Where a job input or output leads inside the "Azure ML" tab, and the text
 * of the link.
 *
 * @internal
 */
export interface JobIoLink {
  to: string;
  label: string;
}

const DATA_TYPES = new Set(['uri_file', 'uri_folder', 'mltable']);
const MODEL_TYPES = new Set(['mlflow_model', 'custom_model']);

/**
 * The asset of this workspace a URI refers to; a registry's asset is not in
 * the workspace.
 */
function workspaceAsset(
  uri: string | undefined,
  kind: AssetKind,
): AssetReference | undefined {
  const asset = parseAssetReference(uri, kind);
  return asset?.registry ? undefined : asset;
}

/**
 * Where an input leads: to the data assets when it names one or is data
 * (`uri_file`, `uri_folder`, `mltable`); literals and the like lead nowhere.
 *
 * @internal
 */
export function jobInputLink(
  input: AzureMlJobIo,
  links: WorkspaceLinks,
): JobIoLink | undefined {
  const asset = workspaceAsset(input.uri, 'data');
  if (asset || DATA_TYPES.has(input.type)) {
    return { to: links.data(), label: 'Data assets' };
  }
  return undefined;
}

/**
 * Where an output leads: to the model version it registered, when its name
 * and version can be read from the URI; to the models list for other model
 * outputs (`mlflow_model`, `custom_model`); nowhere otherwise.
 *
 * @internal
 */
export function jobOutputLink(
  output: AzureMlJobIo,
  links: WorkspaceLinks,
): JobIoLink | undefined {
  const asset = workspaceAsset(output.uri, 'model');
  if (asset?.version) {
    return {
      to: links.modelVersion(asset.name, asset.version),
      label: `Model ${asset.name}, version ${asset.version}`,
    };
  }
  if (asset || MODEL_TYPES.has(output.type)) {
    return { to: links.models(), label: 'Models' };
  }
  return undefined;
}
