/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { defaultProjectRoles } from './defaultProjectRoles';
import type {
  ProjectRoleAssignment,
  ProjectRoleDefinitions,
  ProjectRoles,
} from './types';

const ROOT = 'azureMl.projectRoles';

const ASSIGNMENT_KEYS = ['group', 'role'];

const PERMISSION_NAMES = azureMlPermissions.map(permission => permission.name);

function readRoles(block: Config | undefined): ProjectRoleDefinitions {
  const config = block?.getOptionalConfig('roles');
  if (!config) {
    return defaultProjectRoles;
  }
  const names = config.keys();
  if (names.length === 0) {
    throw new Error(
      `Invalid config ${ROOT}.roles: no role is defined; leave the key out for the default roles (${Object.keys(
        defaultProjectRoles,
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

function readAssignment(
  config: Config,
  path: string,
  roles: ProjectRoleDefinitions,
): ProjectRoleAssignment {
  const unsupported = config.keys().find(k => !ASSIGNMENT_KEYS.includes(k));
  if (unsupported !== undefined) {
    throw new Error(
      `Invalid config ${path}.${unsupported}: an assignment takes only 'group' (a catalog group ref such as 'group:default/team-vision') and 'role'`,
    );
  }
  const group = readGroupRef(config.getString('group'), `${path}.group`);
  const role = config.getString('role');
  if (!Object.hasOwn(roles, role)) {
    throw new Error(
      `Invalid config ${path}.role: '${role}' is not a role; the roles are ${Object.keys(
        roles,
      ).join(', ')}`,
    );
  }
  return { group, role };
}

/**
 * Reads and validates `azureMl.projectRoles`: the roles (the defaults,
 * {@link defaultProjectRoles}, when `roles` is left out) and the groups
 * assigned to them.
 *
 * @param config - The root config.
 * @returns The roles and assignments; no assignments when the block is absent.
 * @throws Error naming the key and value that is wrong: a permission that is
 *   not an Azure ML one, an assignment to an unknown role, or a group ref that
 *   is not a group's.
 * @public
 */
export function projectRolesFromConfig(config: Config): ProjectRoles {
  const block = config.getOptionalConfig(ROOT);
  const roles = readRoles(block);
  const assignments = (block?.getOptionalConfigArray('assignments') ?? []).map(
    (assignment, index) =>
      readAssignment(assignment, `${ROOT}.assignments[${index}]`, roles),
  );
  return { roles, assignments };
}
