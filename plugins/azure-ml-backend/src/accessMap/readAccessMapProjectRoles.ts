/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  readAzureMlProjectRoles,
  type AzureMlProjectRoles,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import type { Config } from '@backstage/config';

/**
 * The project roles the access map shows: `azureMl.projectRoles`, read and
 * validated as the permission policy module reads it, or `undefined` when
 * the block is absent (the portal runs another policy, so the map shows no
 * project role rather than made-up ones).
 *
 * @throws Error naming the key when the block is invalid.
 * @internal
 */
export function readAccessMapProjectRoles(
  config: Config,
): AzureMlProjectRoles | undefined {
  return config.has('azureMl.projectRoles')
    ? readAzureMlProjectRoles(config)
    : undefined;
}
