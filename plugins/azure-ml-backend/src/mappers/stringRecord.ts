/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The string entries of an Azure tag or property map, which the SDK types as
 * possibly `null`.
 *
 * @internal
 */
export function stringRecord(
  record: Record<string, string | null> | undefined | null,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
