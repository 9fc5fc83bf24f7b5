/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * Asks the Backstage permission policy for a permission and throws a
 * `NotAllowedError` naming it, and Backstage as the side that refused, when
 * the answer is not ALLOW.
 *
 * @remarks
 *
 * Resource permissions (such as `azureMl.job.cancel`) are checked as basic
 * permissions for now: the catalog entity of the workspace, their resource,
 * is not known to the routes yet.
 *
 * @internal
 */
export async function requirePermission(options: {
  permissions: PermissionsService;
  credentials: BackstageCredentials;
  permission: BasicPermission | ResourcePermission;
}): Promise<void> {
  const { permissions, credentials, permission } = options;
  const [decision] = await permissions.authorize(
    [{ permission: permission as BasicPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Backstage permission policy denied '${permission.name}' (${
        permission.attributes.action ?? 'use'
      }); ask a Backstage administrator for access`,
    );
  }
}
