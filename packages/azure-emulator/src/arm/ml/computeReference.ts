/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type { EmulatorState } from '../../state/EmulatorState';
import type { ArmResource } from '../../state/model';
import { mlUserError } from './mlErrors';
import { nameOf } from './mlIds';

/**
 * The stored ARM id of a workspace compute a body names (by ARM id, name or
 * `azureml:name`), undefined when it names none, or a 400 when it is missing.
 */
export function resolveCompute(
  state: EmulatorState,
  workspace: ArmResource,
  computeId: unknown,
): string | undefined {
  if (computeId === undefined || computeId === null || computeId === '')
    return undefined;
  const name = nameOf(String(computeId).replace(/^azureml:/, ''));
  const compute = state.getResource(`${workspace.id}/computes/${name}`);
  if (!compute) {
    throw mlUserError(
      `Compute '${name}' was not found in workspace '${workspace.name}'.`,
    );
  }
  return compute.id;
}
