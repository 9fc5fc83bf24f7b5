/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { AzureMlProjectRolesPolicy } from './policy';

/**
 * The permission policy module that decides the Azure ML permissions from
 * project roles (`azureMl.projectRoles`) and allows every other permission.
 * To combine the roles with a policy of your own, set
 * {@link AzureMlProjectRolesPolicy} with your policy as its `fallback` in a
 * module of your own instead.
 *
 * @public
 */
export const permissionModuleAzureMlProjectRoles = createBackendModule({
  pluginId: 'permission',
  moduleId: 'azure-ml-project-roles',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ policy, config, logger }) {
        policy.setPolicy(new AzureMlProjectRolesPolicy({ config, logger }));
      },
    });
  },
});
