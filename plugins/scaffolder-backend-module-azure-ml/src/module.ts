/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAzureMlActions } from './actions';

/**
 * The scaffolder module with the Azure ML template actions (see
 * {@link createAzureMlActions}). Each action runs as the user who started
 * the template, checks the Azure ML permissions and writes the Azure ML
 * audit log.
 *
 * @public
 */
export const scaffolderModuleAzureMl = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'azure-ml',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init({ scaffolder, ...services }) {
        scaffolder.addActions(...createAzureMlActions(services));
      },
    });
  },
});
