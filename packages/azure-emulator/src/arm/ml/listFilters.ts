/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { ArmResource } from '../../state/model';
import { mlUserError } from './mlErrors';

const LIST_VIEW_TYPES = ['activeonly', 'archivedonly', 'all'];

/**
 * Azure ML's `listViewType`: `ActiveOnly` (the default) hides archived
 * assets and jobs, `ArchivedOnly` shows only them, `All` shows both.
 */
export function byListView(
  items: ArmResource[],
  listViewType: unknown,
): ArmResource[] {
  const view = String(listViewType ?? 'ActiveOnly').toLowerCase();
  if (!LIST_VIEW_TYPES.includes(view)) {
    throw mlUserError(
      `The listViewType '${listViewType}' is not valid. Use ActiveOnly, ArchivedOnly or All.`,
    );
  }
  if (view === 'all') return items;
  const archived = view === 'archivedonly';
  return items.filter(r => Boolean(r.properties.isArchived) === archived);
}

function hasTag(resource: ArmResource, filter: string): boolean {
  const [key, ...rest] = filter.split('=');
  const tags = (resource.properties.tags ?? {}) as Record<string, string>;
  const entry = Object.entries(tags).find(
    ([k]) => k.toLowerCase() === key.trim().toLowerCase(),
  );
  if (!entry) return false;
  return rest.length === 0 || entry[1] === rest.join('=').trim();
}

/**
 * The `tag` / `tags` filters: comma-separated `key` or `key=value` items,
 * every one of which must match the asset's tags.
 */
export function byTags(items: ArmResource[], filter: unknown): ArmResource[] {
  if (typeof filter !== 'string' || !filter) return items;
  const wanted = filter.split(',').filter(Boolean);
  return items.filter(r => wanted.every(f => hasTag(r, f)));
}

const createdMs = (r: ArmResource) =>
  Date.parse(r.systemData?.createdAt ?? '') || 0;

/**
 * Newest first, as Azure ML lists jobs and asset versions; of two created in
 * the same millisecond, the one stored later counts as newer.
 */
export function newestFirst(items: ArmResource[]): ArmResource[] {
  return items
    .map((item, index) => ({ item, index, ms: createdMs(item) }))
    .sort((a, b) => b.ms - a.ms || b.index - a.index)
    .map(({ item }) => item);
}

/** `$orderBy=createdtime asc|desc` of asset version lists. */
export function byOrder(items: ArmResource[], orderBy: unknown): ArmResource[] {
  const order = String(orderBy ?? 'createdtime desc')
    .trim()
    .toLowerCase();
  if (order === 'createdtime desc') return newestFirst(items);
  if (order === 'createdtime asc' || order === 'createdtime')
    return newestFirst(items).reverse();
  throw mlUserError(
    `The $orderBy '${orderBy}' is not supported. Use 'createdtime desc' or 'createdtime asc'.`,
  );
}
