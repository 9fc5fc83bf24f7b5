/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The kinds of versioned asset a reference can name.
 *
 * @internal
 */
export type AssetKind = 'data' | 'model';

/**
 * A data asset or model named by a reference: its name, its version when
 * the reference pins one, and its registry when it is not a workspace's.
 *
 * @internal
 */
export interface AssetReference {
  /** What the long form says the asset is; the short form does not say. */
  kind?: AssetKind;
  name: string;
  /** None for `azureml:<name>@latest`. */
  version?: string;
  /** For `azureml://registries/<registry>/…`: an asset shared across workspaces. */
  registry?: string;
}

/** `azureml:<name>:<version>` or `azureml:<name>@latest`. */
const SHORT_FORM = /^azureml:([a-z0-9][\w.-]*)(?::([\w.-]+)|@latest)$/i;

/**
 * An `azureml://…` URI or an ARM id (`/subscriptions/…`) ending in
 * `/data/<name>/versions/<version>` or `/models/<name>/versions/<version>`.
 */
const LONG_FORM =
  /^(?:azureml:\/\/|\/subscriptions\/).*\/(data|models)\/([^/]+)\/versions\/([^/]+)$/i;

/** A path in a datastore, whatever the path says. */
const DATASTORE_PATH = /^azureml:\/\/(?:.*\/)?datastores\/[^/]+\/paths\//i;

const REGISTRY = /^azureml:\/\/registries\/([^/]+)\//i;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Reads the asset a job input or output, or a deployment's model, refers to,
 * in any of the spellings Azure accepts: the short form
 * `azureml:<name>:<version>` (or `@latest`), or a long form, an `azureml://`
 * URI or an ARM id, ending in `/data/<name>/versions/<version>` or
 * `/models/<name>/versions/<version>`. Azure spells the fixed parts in any
 * casing. Datastore paths, URLs and anything else are not references.
 *
 * @param kind - The kind expected: a long form naming the other kind is not
 *   a reference to it.
 * @internal
 */
export function parseAssetReference(
  reference: string | undefined,
  kind?: AssetKind,
): AssetReference | undefined {
  const text = reference?.trim() ?? '';
  const short = SHORT_FORM.exec(text);
  if (short) {
    return short[2]
      ? { name: short[1], version: short[2] }
      : { name: short[1] };
  }
  const long = LONG_FORM.exec(text);
  if (!long || DATASTORE_PATH.test(text)) {
    return undefined;
  }
  const named: AssetKind = long[1].toLowerCase() === 'data' ? 'data' : 'model';
  const name = decoded(long[2]);
  const version = decoded(long[3]);
  if ((kind && named !== kind) || !name || !version) {
    return undefined;
  }
  const registry = REGISTRY.exec(text)?.[1];
  return registry
    ? { kind: named, name, version, registry }
    : { kind: named, name, version };
}
