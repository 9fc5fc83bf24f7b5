/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { AzureMlJobIo } from '@azure-ml-backstage/plugin-azure-ml-common';
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

/**
 * A workspace asset named by an `azureml:` URI: its name, and its version
 * when the URI pins one.
 *
 * @internal
 */
export interface AssetReference {
  name: string;
  version?: string;
}

const DATA_TYPES = new Set(['uri_file', 'uri_folder', 'mltable']);
const MODEL_TYPES = new Set(['mlflow_model', 'custom_model']);

/** `azureml:<name>:<version>` or `azureml:<name>@latest`. */
const SHORT_REFERENCE = /^azureml:([A-Za-z0-9][\w.-]*)(?::([\w.-]+)|@latest)$/;

/** The long form, `azureml://…/<kind>/<name>/versions/<version>`. */
function longReference(kind: 'data' | 'models'): RegExp {
  return new RegExp(`^azureml://.*/${kind}/([^/]+)/versions/([^/]+)$`);
}

/**
 * Reads the asset an `azureml:` URI refers to. Datastore paths
 * (`azureml://datastores/…`) and assets of a registry
 * (`azureml://registries/…`), which are not in the workspace, are not
 * references.
 *
 * @param kind - Which long form to accept: data assets or models.
 * @internal
 */
export function parseAssetReference(
  uri: string | undefined,
  kind: 'data' | 'models',
): AssetReference | undefined {
  if (!uri) return undefined;
  const short = SHORT_REFERENCE.exec(uri);
  if (short) {
    return short[2]
      ? { name: short[1], version: short[2] }
      : { name: short[1] };
  }
  if (uri.startsWith('azureml://registries/')) return undefined;
  const long = longReference(kind).exec(uri);
  if (long) {
    return {
      name: decodeURIComponent(long[1]),
      version: decodeURIComponent(long[2]),
    };
  }
  return undefined;
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
  const asset = parseAssetReference(input.uri, 'data');
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
  const asset = parseAssetReference(output.uri, 'models');
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
