/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  azureMlPortalFeatureRequirements,
  canonicalAzureAction,
} from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  evaluateAzureActions,
  type AzurePermissionSet,
} from '../service/evaluateAzureActions';

const ML_PROVIDER = 'microsoft.machinelearningservices/';

/** The concrete Azure ML writes and actions of the feature × action matrix. */
const MATRIX_ACTIONS = [
  ...new Set(
    Object.values(azureMlPortalFeatureRequirements).flatMap(
      r => r.azureActions,
    ),
  ),
];

const grants = (sets: AzurePermissionSet[], action: string) =>
  evaluateAzureActions(sets, [action]).length === 0;

const covers = (pattern: string, action: string) =>
  grants([{ actions: [pattern] }], action);

/**
 * Whether an action (or pattern) a role names is an Azure ML write or
 * action: it covers one of the matrix's, or names the provider's writes,
 * actions or everything below a type (`…/computes/*`).
 */
function isMachineLearningWrite(pattern: string): boolean {
  if (MATRIX_ACTIONS.some(action => covers(pattern, action))) return true;
  const lower = pattern.toLowerCase();
  return (
    lower.startsWith(ML_PROVIDER) &&
    (lower.endsWith('/write') ||
      lower.endsWith('/action') ||
      lower.endsWith('/*'))
  );
}

const sorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/**
 * The Azure ML write and action permissions `permissions` grant that none of
 * `used` is: each concrete action of the feature × action matrix they
 * grant, and each write or action their `actions` name — a concrete one
 * when it is granted and unused, a wildcard pattern (reported as the
 * pattern) when no used action matches it. Sorted, each once.
 *
 * @internal
 */
export function unusedActions(
  permissions: AzurePermissionSet[],
  used: string[],
): string[] {
  const isUsed = (action: string) =>
    used.some(u => u.toLowerCase() === action.toLowerCase());
  const unused = MATRIX_ACTIONS.filter(
    action => grants(permissions, action) && !isUsed(action),
  );
  for (const set of permissions) {
    for (const pattern of set.actions ?? []) {
      if (!isMachineLearningWrite(pattern)) continue;
      if (pattern.includes('*')) {
        if (!used.some(action => covers(pattern, action))) unused.push(pattern);
      } else if (grants([set], pattern) && !isUsed(pattern)) {
        unused.push(canonicalAzureAction(pattern));
      }
    }
  }
  return sorted(unused);
}

/**
 * The actions of `used` that `permissions` do not grant, sorted.
 *
 * @internal
 */
export function notGranted(
  permissions: AzurePermissionSet[],
  used: string[],
): string[] {
  return sorted(evaluateAzureActions(permissions, used));
}
