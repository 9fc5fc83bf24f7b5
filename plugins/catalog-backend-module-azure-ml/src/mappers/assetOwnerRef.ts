/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AZURE_ML_ASSET_OWNER_TAG } from '../constants';

const validators = makeValidator();
const OWNER_KINDS = ['group', 'user'];

/**
 * The owner of an asset (a data asset, model or environment): the group or
 * user its container's `owner` tag names as an entity ref (a bare name is a
 * group in the `default` namespace), else the owner of its workspace.
 *
 * @remarks
 *
 * A tag that names another kind, or is no valid entity ref, is ignored, so a
 * stray tag can never leave an asset without a valid owner.
 *
 * @param tags - The tags of the asset's container.
 * @param workspaceOwner - The owner of its workspace, a full entity ref.
 * @internal
 */
export function assetOwnerRef(
  tags: Record<string, string | null> | undefined,
  workspaceOwner: string,
): string {
  const value = tags?.[AZURE_ML_ASSET_OWNER_TAG]?.trim();
  if (!value) {
    return workspaceOwner;
  }
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    return workspaceOwner;
  }
  const valid =
    OWNER_KINDS.includes(ref.kind.toLocaleLowerCase('en-US')) &&
    validators.isValidNamespace(ref.namespace) &&
    validators.isValidEntityName(ref.name);
  return valid ? stringifyEntityRef(ref) : workspaceOwner;
}
