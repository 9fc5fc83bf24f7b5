/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { createHash } from 'node:crypto';

/** Backstage allows at most 63 characters in an entity name. */
const MAX_NAME_LENGTH = 63;
const HASH_LENGTH = 8;

/**
 * Builds a valid, stable Backstage entity name from the given parts (for
 * example a workspace name, an asset kind and an asset name).
 *
 * @remarks
 *
 * The parts are joined with `-`, lowercased, every character other than
 * `a-z`, `0-9`, `-`, `_` and `.` becomes `-`, runs of separators
 * collapse to one and separators at either end are dropped. A name longer
 * than 63 characters is cut to 54 and gets `-` plus the first 8 hex digits
 * of the SHA-256 of the untruncated name, so two long names that share a
 * prefix still differ.
 *
 * @internal
 */
export function entityName(...parts: string[]): string {
  const full = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, '-')
    .replace(/[-_.]{2,}/g, m => m[0])
    .replace(/^[-_.]+|[-_.]+$/g, '');
  if (full.length <= MAX_NAME_LENGTH) {
    return full;
  }
  const hash = createHash('sha256')
    .update(full)
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const head = full
    .slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/[-_.]+$/, '');
  return `${head}-${hash}`;
}
