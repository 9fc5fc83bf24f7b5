/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { workspaceChildRefSchema } from '@azure-ml-backstage/plugin-azure-ml-common';

/**
 * Why `value` is not a compute name Azure allows, or `undefined` when it is
 * one.
 *
 * @internal
 */
export function findComputeNameProblem(value: string): string | undefined {
  const parsed = workspaceChildRefSchema.safeParse({
    kind: 'compute',
    computeName: value,
  });
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}
