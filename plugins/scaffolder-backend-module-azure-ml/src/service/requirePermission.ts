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
 * Asks the Backstage permission policy for a permission, as the initiator of
 * the task, and throws a `NotAllowedError` in the words the backend plugin
 * uses (permission, action, entity, whom to ask) unless it is allowed.
 *
 * @internal
 */
export async function requirePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  check: PermissionCheck,
): Promise<void> {
  const { permission, resourceRef } = check;
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
