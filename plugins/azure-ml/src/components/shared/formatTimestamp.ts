/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * An ISO 8601 timestamp in the user's locale; empty when Azure gave none.
 *
 * @internal
 */
export function formatTimestamp(timestamp: string | undefined): string {
  if (!timestamp) {
    return '';
  }
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : date.toLocaleString();
}
