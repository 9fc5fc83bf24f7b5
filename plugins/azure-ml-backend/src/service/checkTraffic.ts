/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { InputError } from '@backstage/errors';

/**
 * Checks a traffic split for an endpoint: whole percentages from 0 to 100,
 * only for deployments it has, adding up to 100. Returns the full split,
 * with 0 for the deployments left out.
 *
 * @throws InputError naming what is wrong.
 * @internal
 */
export function checkTraffic(
  endpointName: string,
  traffic: Record<string, number>,
  deploymentNames: string[],
): Record<string, number> {
  const known = new Set(deploymentNames);
  const unknown = Object.keys(traffic).filter(name => !known.has(name));
  if (unknown.length > 0) {
    throw new InputError(
      `Invalid traffic: endpoint ${endpointName} has no deployment ${unknown
        .map(n => `'${n}'`)
        .join(', ')} (it has: ${deploymentNames.join(', ') || 'none'})`,
    );
  }
  for (const [name, percent] of Object.entries(traffic)) {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw new InputError(
        `Invalid traffic: '${name}' gets ${percent}, but each share must be a whole number from 0 to 100`,
      );
    }
  }
  const total = Object.values(traffic).reduce((sum, p) => sum + p, 0);
  if (total !== 100) {
    throw new InputError(
      `Invalid traffic: the shares add up to ${total}, but must add up to 100`,
    );
  }
  return Object.fromEntries(
    deploymentNames.map(name => [name, traffic[name] ?? 0]),
  );
}
