/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** A duration in ms as seconds for messages: `30 s`, `0.2 s`, `120 s`. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms) / 1000} s`;
}
