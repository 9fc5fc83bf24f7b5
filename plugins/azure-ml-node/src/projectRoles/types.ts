/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * Project roles by name, each with the names of the Azure ML permissions it
 * grants.
 *
 * @public
 */
export type AzureMlProjectRoleDefinitions = Readonly<
  Record<string, readonly string[]>
>;

/**
 * Where a group's project role applies to the Azure ML permissions on a
 * catalog entity (jobs, asset registration, deployments, traffic):
 *
 * - `owned`: on the entities the group owns (a team in its own workspaces);
 * - `everywhere`: on every Azure ML entity (a platform team).
 *
 * Basic permissions (the reads) are not tied to an entity, so they apply
 * everywhere either way.
 *
 * @public
 */
export type AzureMlProjectRoleScope = 'owned' | 'everywhere';

/**
 * A catalog group holding a project role.
 *
 * @public
 */
export type AzureMlProjectRoleAssignment = {
  /** The group's entity ref, normalized, e.g. `group:default/team-vision`. */
  group: string;
  /** A key of {@link AzureMlProjectRoles.roles}. */
  role: string;
  /** Where the role applies; `owned` unless configured. */
  scope: AzureMlProjectRoleScope;
};

/**
 * The validated `azureMl.projectRoles` config block.
 *
 * @public
 */
export type AzureMlProjectRoles = {
  /** The roles: the configured ones, or the defaults. */
  roles: AzureMlProjectRoleDefinitions;
  /** The groups holding a role, in config order. */
  assignments: AzureMlProjectRoleAssignment[];
  /**
   * The role every signed-in user holds, whatever their groups: its basic
   * permissions everywhere, its permissions on a catalog entity on the
   * entities the user or one of their groups owns. Absent when not
   * configured.
   */
  defaultRole?: string;
};

/**
 * A project role someone holds, how, and whether its permissions on catalog
 * entities apply to one entity.
 *
 * @public
 */
export type AzureMlHeldProjectRole = {
  /** The role's name. */
  role: string;
  /**
   * How it is held: `default` (every signed-in user holds the default
   * role), or through an assignment of `group` with that scope.
   */
  scope: AzureMlProjectRoleScope | 'default';
  /** The group whose assignment gives the role; absent for the default role. */
  group?: string;
  /**
   * Whether the role's permissions on a catalog entity apply to the entity
   * asked about: always for `everywhere`; for `owned`, when the group owns
   * it; for `default`, when the user or one of their groups owns it.
   */
  appliesToEntity: boolean;
};
