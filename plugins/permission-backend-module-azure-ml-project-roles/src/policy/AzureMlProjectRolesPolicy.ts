/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  readAzureMlProjectRoles,
  type AzureMlProjectRoles,
} from '@azure-ml-backstage/plugin-azure-ml-node';
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

/**
 * Options of {@link AzureMlProjectRolesPolicy}.
 *
 * @public
 */
export type AzureMlProjectRolesPolicyOptions = {
  /**
   * The root config, read for `azureMl.projectRoles` with
   * `readAzureMlProjectRoles` of `@azure-ml-backstage/plugin-azure-ml-node`.
   */
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
   * when nobody holds a role.
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

/** Who holds each permission, by how the role is held. */
type Grants = {
  /** Permission name to the groups whose `owned` role grants it. */
  owned: Map<string, Set<string>>;
  /** Permission name to the groups whose `everywhere` role grants it. */
  everywhere: Map<string, Set<string>>;
  /** The permissions of the default role. */
  byDefault: Set<string>;
};

function grantsOf(projectRoles: AzureMlProjectRoles): Grants {
  const grants: Grants = {
    owned: new Map(),
    everywhere: new Map(),
    byDefault: new Set(
      projectRoles.defaultRole === undefined
        ? []
        : projectRoles.roles[projectRoles.defaultRole],
    ),
  };
  for (const { group, role, scope } of projectRoles.assignments) {
    const index = grants[scope];
    for (const permission of projectRoles.roles[role]) {
      const groups = index.get(permission) ?? new Set<string>();
      groups.add(group);
      index.set(permission, groups);
    }
  }
  return grants;
}

/** The user's ownership refs, normalized as the config's group refs are. */
function ownershipOf(user: PolicyQueryUser): string[] {
  // `info` is deprecated but still filled in by the permission backend, which
  // already called the user info service for it; asking again would double
  // that work for every decision.
  const refs = user.info.ownershipEntityRefs ?? [];
  return [...new Set(refs.map(ref => ref.toLocaleLowerCase('en-US')))];
}

function describe(projectRoles: AzureMlProjectRoles): string {
  const held = projectRoles.assignments.map(
    ({ group, role, scope }) =>
      `${group} is ${role}${scope === 'everywhere' ? ' everywhere' : ''}`,
  );
  if (projectRoles.defaultRole !== undefined) {
    held.push(`every signed-in user is ${projectRoles.defaultRole}`);
  }
  return `Azure ML project roles (${Object.keys(projectRoles.roles).join(
    ', ',
  )}): ${held.join(', ')}`;
}

/**
 * A permission policy for the Azure ML permissions, from project roles
 * (`azureMl.projectRoles`): a user holds the default role, if one is
 * configured, and the roles of the catalog groups in their ownership refs.
 *
 * - A basic permission (the reads, federating an identity, running the
 *   access doctor for others) is allowed when a role the user holds grants
 *   it.
 * - A permission on a catalog entity (submitting or cancelling a job,
 *   registering assets, deployments and traffic) is allowed when a group of
 *   the user holds a granting role assigned `everywhere`. Otherwise it is
 *   conditional: allowed on an entity owned by one of the user's groups
 *   whose `owned` role grants it, or, when the default role grants it, by
 *   the user or any of their groups.
 * - Anything else named `azureMl.*` (nothing the user holds grants it, or a
 *   permission `-common` does not define in that shape) is denied, and so
 *   is every Azure ML permission for a request without a user.
 * - Every other permission goes to `fallback`.
 *
 * @public
 */
export class AzureMlProjectRolesPolicy implements PermissionPolicy {
  readonly #grants: Grants;
  readonly #fallback: PermissionPolicy;

  /**
   * @throws Error when `azureMl.projectRoles` is invalid, naming the key.
   */
  constructor(options: AzureMlProjectRolesPolicyOptions) {
    const projectRoles = readAzureMlProjectRoles(options.config);
    this.#grants = grantsOf(projectRoles);
    this.#fallback = options.fallback ?? allowAllPolicy;
    if (
      projectRoles.assignments.length === 0 &&
      projectRoles.defaultRole === undefined
    ) {
      options.logger?.warn(
        'No group is assigned a project role in azureMl.projectRoles.assignments and no azureMl.projectRoles.defaultRole is set, so every Azure ML permission is denied',
      );
    } else {
      options.logger?.info(describe(projectRoles));
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
    if (!user) {
      return DENY;
    }
    const refs = ownershipOf(user);
    const holds = (index: Map<string, Set<string>>) =>
      refs.filter(ref => index.get(permission.name)?.has(ref));
    const everywhere = holds(this.#grants.everywhere);
    const byDefault = this.#grants.byDefault.has(permission.name);
    const owned = holds(this.#grants.owned);
    if (permission.type === 'basic') {
      return everywhere.length > 0 || byDefault || owned.length > 0
        ? ALLOW
        : DENY;
    }
    if (!isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)) {
      // A resource permission of another type cannot be tied to ownership.
      return DENY;
    }
    if (everywhere.length > 0) {
      return ALLOW;
    }
    // The default role's entities are those of the user and of any group.
    const claims = byDefault ? refs : owned;
    if (claims.length === 0) {
      return DENY;
    }
    return createCatalogConditionalDecision(
      permission,
      catalogConditions.isEntityOwner({ claims }),
    );
  }
}
