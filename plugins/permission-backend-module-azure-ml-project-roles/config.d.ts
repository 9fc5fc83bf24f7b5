/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export interface Config {
  azureMl?: {
    /**
     * Project roles: which catalog groups (the Entra groups the msgraph
     * module ingests) hold which Azure ML permissions, and where. Read by the
     * permission policy module `azure-ml-project-roles` and shown by the
     * azure-ml backend plugin's access map.
     */
    projectRoles?: {
      /**
       * Role name to the Azure ML permission names it grants, for example
       * `viewer: [azureMl.workspace.read, azureMl.job.read]`. When given,
       * it replaces the default roles (viewer, developer, maintainer)
       * entirely.
       * @visibility backend
       */
      roles?: { [role: string]: string[] };
      /**
       * The groups that hold a role. A user holds the roles of every group
       * in their ownership refs.
       * @visibility backend
       */
      assignments?: Array<{
        /**
         * A catalog group ref such as `group:default/team-vision`; a bare
         * name means a group in the default namespace.
         * @visibility backend
         */
        group: string;
        /**
         * One of the roles.
         * @visibility backend
         */
        role: string;
        /**
         * Where the role's permissions on a catalog entity (jobs, asset
         * registration, deployments, traffic) apply: `owned` (the default)
         * on the workspaces and endpoints whose catalog entity the group
         * owns; `everywhere` on every Azure ML entity, for a platform team.
         * Basic permissions (the reads) apply everywhere either way.
         * @visibility backend
         */
        scope?: 'owned' | 'everywhere';
      }>;
      /**
       * A role every signed-in user holds, whatever their groups, for
       * example `viewer`: its basic permissions everywhere, its permissions
       * on a catalog entity on the entities the user or one of their groups
       * owns. Left out, a user in no assigned group holds no role.
       * @visibility backend
       */
      defaultRole?: string;
    };
  };
}
