/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { entityName } from './entityName';
import type { WorkspaceContext } from './WorkspaceContext';

/** The asset kinds that share the `Resource` kind, so their names carry it. */
export type AssetKind = 'model' | 'data' | 'environment' | 'compute';

/** The entity name of an asset: `{system}-{kind}-{asset}`. */
export function assetName(
  ctx: WorkspaceContext,
  kind: AssetKind | 'endpoint',
  name: string,
): string {
  return entityName(ctx.systemName, kind, name);
}

/** The entity ref of an asset Resource of the workspace. */
export function resourceRef(
  ctx: WorkspaceContext,
  kind: AssetKind,
  name: string,
): string {
  return `resource:default/${assetName(ctx, kind, name)}`;
}
