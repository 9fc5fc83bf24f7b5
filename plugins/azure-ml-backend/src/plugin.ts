/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import { azureMlPermissions } from '@azure-ml-backstage/plugin-azure-ml-common';
import {
  OnBehalfOfExchange,
  UserTokenValidator,
  readAzureMlConfig,
} from '@azure-ml-backstage/plugin-azure-ml-node';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  AuditorAuditHook,
  AzureMlClients,
  AzureMlJobService,
  UserTokenHeader,
  createRouter,
  readOnBehalfOfClientCredential,
} from './service';

/**
 * The Azure Machine Learning backend plugin: a REST API under
 * `/api/azure-ml` that calls Azure ML as the signed-in user.
 *
 * @public
 */
export const azureMlPlugin = createBackendPlugin({
  pluginId: 'azure-ml',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
      },
      async init(deps) {
        const { config, logger, httpRouter, permissionsRegistry } = deps;
        const azureMl = readAzureMlConfig(config);
        const tenantIds = azureMl.tenants.map(t => t.tenantId);
        const exchange = new OnBehalfOfExchange({
          authorityHost: azureMl.cloud.endpoints.authorityHost,
          clientId: azureMl.portalApp.clientId,
          clientCredential: readOnBehalfOfClientCredential(azureMl),
          allowedTenantIds: tenantIds,
        });
        const { resourceManager, machineLearningStudio } =
          azureMl.cloud.endpoints;
        const jobs = new AzureMlJobService({
          clients: new AzureMlClients({
            exchange,
            endpoints: azureMl.cloud.endpoints,
          }),
          resourceManager,
          machineLearningStudio,
        });
        permissionsRegistry.addPermissions(azureMlPermissions);
        httpRouter.use(
          createRouter({
            config,
            logger,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            userTokens: new UserTokenHeader(
              UserTokenValidator.fromConfig(azureMl),
            ),
            jobs,
            auditHook: new AuditorAuditHook(deps.auditor),
          }),
        );
      },
    });
  },
});
