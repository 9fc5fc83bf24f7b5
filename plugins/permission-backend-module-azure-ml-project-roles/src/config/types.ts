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
export type ProjectRoleDefinitions = Readonly<
  Record<string, readonly string[]>
>;

/**
 * A catalog group holding a project role.
 *
 * @public
 */
export type ProjectRoleAssignment = {
  /** The group's entity ref, normalized, e.g. `group:default/team-vision`. */
  group: string;
  /** A key of {@link ProjectRoles.roles}. */
  role: string;
};

/**
 * The validated `azureMl.projectRoles` config block.
 *
 * @public
 */
export type ProjectRoles = {
  roles: ProjectRoleDefinitions;
  assignments: ProjectRoleAssignment[];
};
