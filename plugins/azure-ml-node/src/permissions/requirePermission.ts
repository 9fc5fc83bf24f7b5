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
  type Permission,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * What to authorize: a basic permission, or a resource permission on the
 * catalog entity it applies to.
 *
 * @public
 */
export type PermissionCheck =
  | { permission: BasicPermission; resourceRef?: never }
  | { permission: ResourcePermission; resourceRef: string };

/**
 * The action a permission stands for, as refusals name it: its `action`
 * attribute, or `use` for permissions without one.
 *
 * @public
 */
export function permissionAction(permission: Permission): string {
  return permission.attributes.action ?? 'use';
}

/**
 * What a refusal by the Backstage permission policy says: the permission, its
 * action and (for resource permissions) the entity, and whom to ask.
 *
 * @public
 */
export function backstageDenialMessage(
  permission: Permission,
  resourceRef?: string,
): string {
  return `Backstage permission policy denied '${
    permission.name
  }' (${permissionAction(permission)})${
    resourceRef ? ` on ${resourceRef}` : ''
  }; ask a Backstage administrator for access`;
}

/**
 * Asks the Backstage permission policy for a permission and throws a
 * `NotAllowedError` naming it, its action and (for resource permissions) the
 * entity, with Backstage as the side that refused, when the answer is not
 * ALLOW.
 *
 * @public
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
    throw new NotAllowedError(backstageDenialMessage(permission, resourceRef));
  }
}
