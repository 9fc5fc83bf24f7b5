/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  parseWorkspaceId,
  type ParsedWorkspaceId,
} from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * The workspace a page's address names (its ARM id), or why it names none
 * that can be used; neither when the address names no workspace.
 *
 * @param id - The workspace's ARM id from the address, if any.
 * @param what - What the page does with it, completing "cannot be …"
 *   (e.g. `'checked'`, `'shown'`).
 * @internal
 */
export function readWorkspaceFromAddress(
  id: string | undefined,
  what: string,
): {
  workspace?: ParsedWorkspaceId;
  problem?: string;
} {
  if (!id) return {};
  try {
    return { workspace: parseWorkspaceId(id) };
  } catch (error) {
    return {
      problem: `The workspace in the address cannot be ${what}: ${
        (error as Error).message
      }. Choose one below.`,
    };
  }
}
