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
 * What to authorize: a basic permission, or a resource permission on the
 * catalog entity it applies to.
 *
 * @internal
 */
export type PermissionCheck =
  | { permission: BasicPermission; resourceRef?: never }
  | { permission: ResourcePermission; resourceRef: string };

/**
 * Asks the Backstage permission policy for a permission and throws a
 * `NotAllowedError` naming it, its action and (for resource permissions) the
 * entity, with Backstage as the side that refused, when the answer is not
 * ALLOW.
 *
 * @internal
 */
export async function requirePermission(
  options: PermissionCheck & {
    permissions: PermissionsService;
    credentials: BackstageCredentials;
  },
): Promise<void> {
  const { permissions, credentials, permission, resourceRef } = options;
  const request = resourceRef
    ? { permission: permission as ResourcePermission, resourceRef }
    : { permission: permission as BasicPermission };
  const [decision] = await permissions.authorize([request], { credentials });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Backstage permission policy denied '${permission.name}' (${
        permission.attributes.action ?? 'use'
      })${
        resourceRef ? ` on ${resourceRef}` : ''
      }; ask a Backstage administrator for access`,
    );
  }
}
