/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The owner of a workspace: the group its owner tag names, as the msgraph
 * catalog module names groups (its `normalizeEntityName` of the display
 * name: lowercased, characters other than `a-z0-9_-.` become `_`), else
 * the configured default owner.
 *
 * @internal
 */
export function ownerRef(
  tags: Record<string, string> | undefined,
  ownerTag: string,
  defaultOwner: string,
): string {
  const value = tags?.[ownerTag]?.trim();
  if (!value) {
    return defaultOwner;
  }
  let name = value.toLowerCase().replace(/[^a-zA-Z0-9_\-.]/g, '_');
  while (name.endsWith('_')) name = name.slice(0, -1);
  while (name.includes('__')) name = name.replace('__', '_');
  return name ? `group:default/${name}` : defaultOwner;
}
