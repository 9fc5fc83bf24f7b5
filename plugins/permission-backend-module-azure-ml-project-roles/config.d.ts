/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export interface Config {
  azureMl?: {
    /**
     * Project roles: which catalog groups (the Entra groups the msgraph
     * module ingests) hold which Azure ML permissions. Read by the permission
     * policy module `azure-ml-project-roles`.
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
       * in their ownership refs; actions on a workspace or endpoint are
       * allowed only through a group that owns its catalog entity.
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
      }>;
    };
  };
}
