/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { projectRolesFromConfig, type ProjectRoles } from '../config';

/**
 * Options of {@link AzureMlProjectRolesPolicy}.
 *
 * @public
 */
export type AzureMlProjectRolesPolicyOptions = {
  /** The root config, read for `azureMl.projectRoles`. */
  config: Config;
  /**
   * Decides every permission that is not an Azure ML one (its name does not
   * start with `azureMl.`).
   *
   * @defaultValue a policy that allows everything
   */
  fallback?: PermissionPolicy;
  /**
   * When given, the assignments are logged once, at start, with a warning
   * when there are none.
   */
  logger?: LoggerService;
};

const AZURE_ML_PREFIX = 'azureMl.';

const KNOWN_PERMISSIONS = new Map<string, Permission>(
  azureMlPermissions.map(permission => [permission.name, permission]),
);

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

const allowAllPolicy: PermissionPolicy = { handle: async () => ALLOW };

/** Permission name to the groups whose role grants it. */
function groupsByPermission(projectRoles: ProjectRoles) {
  const index = new Map<string, Set<string>>();
  for (const { group, role } of projectRoles.assignments) {
    for (const permission of projectRoles.roles[role]) {
      const groups = index.get(permission) ?? new Set<string>();
      groups.add(group);
      index.set(permission, groups);
    }
  }
  return index;
}

/** The user's ownership refs, normalized as the config's group refs are. */
function ownershipOf(user: PolicyQueryUser | undefined): string[] {
  // `info` is deprecated but still filled in by the permission backend, which
  // already called the user info service for it; asking again would double
  // that work for every decision.
  const refs = user?.info.ownershipEntityRefs ?? [];
  return [...new Set(refs.map(ref => ref.toLocaleLowerCase('en-US')))];
}

/**
 * A permission policy for the Azure ML permissions, from project roles
 * (`azureMl.projectRoles`): a user holds the roles of the catalog groups in
 * their ownership refs.
 *
 * - A basic permission (the reads, federating an identity) is allowed when a
 *   group of the user holds a role that grants it.
 * - A permission on a catalog entity (submitting or cancelling a job,
 *   registering assets, deployments and traffic) is conditional: allowed on
 *   an entity owned by one of the user's groups whose role grants it.
 * - Anything else named `azureMl.*` (no group grants it, or a permission
 *   `-common` does not define in that shape) is denied.
 * - Every other permission goes to `fallback`.
 *
 * @public
 */
export class AzureMlProjectRolesPolicy implements PermissionPolicy {
  readonly #groupsByPermission: Map<string, Set<string>>;
  readonly #fallback: PermissionPolicy;

  /**
   * @throws Error when `azureMl.projectRoles` is invalid, naming the key.
   */
  constructor(options: AzureMlProjectRolesPolicyOptions) {
    const projectRoles = projectRolesFromConfig(options.config);
    this.#groupsByPermission = groupsByPermission(projectRoles);
    this.#fallback = options.fallback ?? allowAllPolicy;
    const { roles, assignments } = projectRoles;
    if (assignments.length === 0) {
      options.logger?.warn(
        'No group is assigned a project role in azureMl.projectRoles.assignments, so every Azure ML permission is denied',
      );
    } else {
      options.logger?.info(
        `Azure ML project roles (${Object.keys(roles).join(
          ', ',
        )}): ${assignments
          .map(({ group, role }) => `${group} is ${role}`)
          .join(', ')}`,
      );
    }
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (!permission.name.startsWith(AZURE_ML_PREFIX)) {
      return this.#fallback.handle(request, user);
    }
    if (KNOWN_PERMISSIONS.get(permission.name)?.type !== permission.type) {
      return DENY;
    }
    const granting = this.#groupsByPermission.get(permission.name);
    const claims = ownershipOf(user).filter(ref => granting?.has(ref));
    if (claims.length === 0) {
      return DENY;
    }
    if (isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)) {
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    // A resource permission of another type cannot be tied to ownership.
    return permission.type === 'basic' ? ALLOW : DENY;
  }
}
