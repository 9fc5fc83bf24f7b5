/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { Entity } from '@backstage/catalog-model';
import {
  AZURE_ML_RESOURCE_ID_ANNOTATION,
  parseWorkspaceChildId,
  parseWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/** The kinds of workspace assets that get an Activity card. */
const CARD_CHILD_KINDS: ReadonlySet<string> = new Set([
  'modelContainer',
  'modelVersion',
  'onlineEndpoint',
]);

/**
 * The ARM id whose audit events an entity's Activity card lists: the
 * entity's `ml.azure.com/resource-id` when it is a workspace, a registered
 * model (or version) or an online endpoint; undefined for anything else.
 *
 * @internal
 */
export function getActivityTarget(entity: Entity): string | undefined {
  const id = entity.metadata.annotations?.[AZURE_ML_RESOURCE_ID_ANNOTATION];
  if (!id) return undefined;
  try {
    parseWorkspaceId(id);
    return id;
  } catch {
    // Not a workspace: maybe an asset in one.
  }
  try {
    return CARD_CHILD_KINDS.has(parseWorkspaceChildId(id).child.kind)
      ? id
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether an entity gets the Activity card: a workspace's System, a model's
 * Resource or an online endpoint's Component or API, by its
 * `ml.azure.com/resource-id`.
 *
 * @public
 */
export function isAzureMlActivityAvailable(entity: Entity): boolean {
  return getActivityTarget(entity) !== undefined;
}
