/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { defaultAzureMlProjectRoles } from './defaultAzureMlProjectRoles';
import type {
  AzureMlProjectRoleAssignment,
  AzureMlProjectRoleDefinitions,
  AzureMlProjectRoleScope,
  AzureMlProjectRoles,
} from './types';

const ROOT = 'azureMl.projectRoles';

const BLOCK_KEYS = ['roles', 'assignments', 'defaultRole'];

const ASSIGNMENT_KEYS = ['group', 'role', 'scope'];

const SCOPES: readonly AzureMlProjectRoleScope[] = ['owned', 'everywhere'];

const PERMISSION_NAMES = azureMlPermissions.map(permission => permission.name);

function readRoles(block: Config | undefined): AzureMlProjectRoleDefinitions {
  const config = block?.getOptionalConfig('roles');
  if (!config) {
    return defaultAzureMlProjectRoles;
  }
  const names = config.keys();
  if (names.length === 0) {
    throw new Error(
      `Invalid config ${ROOT}.roles: no role is defined; leave the key out for the default roles (${Object.keys(
        defaultAzureMlProjectRoles,
      ).join(', ')})`,
    );
  }
  const roles: Record<string, readonly string[]> = {};
  for (const role of names) {
    const permissions = config.getStringArray(role);
    const unknown = permissions.find(name => !PERMISSION_NAMES.includes(name));
    if (unknown !== undefined) {
      throw new Error(
        `Invalid config ${ROOT}.roles.${role}: '${unknown}' is not an Azure ML permission; the permissions are ${PERMISSION_NAMES.join(
          ', ',
        )}`,
      );
    }
    roles[role] = [...new Set(permissions)];
  }
  return roles;
}

function readRoleName(
  role: string,
  path: string,
  roles: AzureMlProjectRoleDefinitions,
): string {
  if (!Object.hasOwn(roles, role)) {
    throw new Error(
      `Invalid config ${path}: '${role}' is not a role; the roles are ${Object.keys(
        roles,
      ).join(', ')}`,
    );
  }
  return role;
}

function readGroupRef(raw: string, path: string): string {
  let ref: ReturnType<typeof parseEntityRef>;
  try {
    ref = parseEntityRef(raw, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    throw new Error(
      `Invalid config ${path}: '${raw}' is not an entity ref such as 'group:default/team-vision'`,
    );
  }
  if (ref.kind.toLowerCase() !== 'group') {
    throw new Error(
      `Invalid config ${path}: '${raw}' is a ${ref.kind} ref; project roles are assigned to catalog groups such as 'group:default/team-vision'`,
    );
  }
  return stringifyEntityRef(ref);
}

function readScope(config: Config, path: string): AzureMlProjectRoleScope {
  const scope = config.getOptionalString('scope') ?? 'owned';
  if (!(SCOPES as readonly string[]).includes(scope)) {
    throw new Error(
      `Invalid config ${path}: '${scope}' is not a scope; use 'owned' (the role applies on the entities the group owns, the default) or 'everywhere' (on every Azure ML entity)`,
    );
  }
  return scope as AzureMlProjectRoleScope;
}

function readAssignment(
  config: Config,
  path: string,
  roles: AzureMlProjectRoleDefinitions,
): AzureMlProjectRoleAssignment {
  const unsupported = config.keys().find(k => !ASSIGNMENT_KEYS.includes(k));
  if (unsupported !== undefined) {
    throw new Error(
      `Invalid config ${path}.${unsupported}: an assignment takes only 'group' (a catalog group ref such as 'group:default/team-vision'), 'role' and 'scope' ('owned' or 'everywhere')`,
    );
  }
  const group = readGroupRef(config.getString('group'), `${path}.group`);
  const role = readRoleName(config.getString('role'), `${path}.role`, roles);
  const scope = readScope(config, `${path}.scope`);
  return { group, role, scope };
}

/**
 * Reads and validates `azureMl.projectRoles`: the roles (the defaults,
 * {@link defaultAzureMlProjectRoles}, when `roles` is left out), the groups
 * assigned to them and where (`scope`, `owned` unless configured), and the
 * role every signed-in user holds (`defaultRole`, optional). The permission
 * policy module `azure-ml-project-roles` decides with it; the backend
 * plugin's access map shows it.
 *
 * @param config - The root config.
 * @returns The roles and assignments; no assignments and no default role
 *   when the block is absent.
 * @throws Error naming the key and value that is wrong: a permission that is
 *   not an Azure ML one, an assignment or default role naming an unknown
 *   role, a group ref that is not a group's, an unknown scope, or a key the
 *   block does not take.
 * @public
 */
export function readAzureMlProjectRoles(config: Config): AzureMlProjectRoles {
  const block = config.getOptionalConfig(ROOT);
  const unsupported = block?.keys().find(k => !BLOCK_KEYS.includes(k));
  if (unsupported !== undefined) {
    throw new Error(
      `Invalid config ${ROOT}.${unsupported}: the project roles take only 'roles', 'assignments' and 'defaultRole'`,
    );
  }
  const roles = readRoles(block);
  const assignments = (block?.getOptionalConfigArray('assignments') ?? []).map(
    (assignment, index) =>
      readAssignment(assignment, `${ROOT}.assignments[${index}]`, roles),
  );
  const defaultRole = block?.getOptionalString('defaultRole');
  return defaultRole === undefined
    ? { roles, assignments }
    : {
        roles,
        assignments,
        defaultRole: readRoleName(defaultRole, `${ROOT}.defaultRole`, roles),
      };
}
