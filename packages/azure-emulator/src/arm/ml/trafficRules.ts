/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { mlUserError } from './mlErrors';

/**
 * Checks an endpoint's `traffic`: whole percentages for deployments the
 * endpoint has, adding up to 100, or to 0 while no deployment takes live
 * traffic (an endpoint before its first deployment).
 */
export function checkedTraffic(
  traffic: unknown,
  endpointName: string,
  deploymentNames: string[],
): Record<string, number> {
  if (traffic === undefined || traffic === null) return {};
  if (typeof traffic !== 'object' || Array.isArray(traffic)) {
    throw mlUserError(
      `Traffic of endpoint '${endpointName}' must map deployment names to percentages.`,
    );
  }
  const known = new Set(deploymentNames.map(n => n.toLowerCase()));
  const entries = Object.entries(traffic as Record<string, unknown>);
  for (const [deployment, percent] of entries) {
    if (!known.has(deployment.toLowerCase())) {
      throw mlUserError(
        `Traffic names deployment '${deployment}', which does not exist on endpoint '${endpointName}'.`,
      );
    }
    if (
      typeof percent !== 'number' ||
      !Number.isInteger(percent) ||
      percent < 0 ||
      percent > 100
    ) {
      throw mlUserError(
        `Traffic of deployment '${deployment}' must be a whole percentage from 0 to 100; got ${JSON.stringify(
          percent,
        )}.`,
      );
    }
  }
  const total = entries.reduce((sum, [, p]) => sum + (p as number), 0);
  if (total !== 100 && total !== 0) {
    throw mlUserError(
      `Traffic of endpoint '${endpointName}' must add up to 100; it adds up to ${total}.`,
    );
  }
  return Object.fromEntries(entries) as Record<string, number>;
}
